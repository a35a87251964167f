// require.resolve and require.resolve.paths, printed relative to this file.
const path = require('path');
const rel = (p) => (path.isAbsolute(p) ? path.relative(__dirname, p) : p);
const show = (req, opts) => {
  try {
    console.log(JSON.stringify(req), '->', rel(require.resolve(req, opts)));
  } catch (e) {
    console.log(JSON.stringify(req), 'throws', e.code, e.message.split('\n')[0].replace(__dirname, '<dir>'));
  }
};
show('./fixtures/cjs/counter');
show('./fixtures/cjs/counter.js');
show('./fixtures/cjs/data');
show('./fixtures/dirmain/withmain');
show('./fixtures/dirmain/withindex');
show('./fixtures/dirmain/noext');
show('./fixtures/dirmain/withmain/');
show(path.join(__dirname, 'fixtures/cjs/this'));
show('fs');
show('node:fs');
show('node:nope');
show('./fixtures/missing');
show('pkg-main');
show('pkg-main', { paths: [path.join(__dirname, 'fixtures/nm')] });
show('pkg-index', { paths: [path.join(__dirname, 'fixtures/nm/a/b')] });
console.log('paths(fs)', require.resolve.paths('fs'));
console.log('paths(./x)', require.resolve.paths('./x').map(rel));
console.log('paths(pkg)', require.resolve.paths('pkg').slice(0, 3).map(rel));
console.log('extensions', Object.keys(require.extensions));
show('./fixtures/esm/esm-no-default');
show('./fixtures/esm/cjs-lib');
