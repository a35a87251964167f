// .json modules: parsed once, cached, parse errors name the file.
const path = require('path');
const d = require('./fixtures/cjs/data.json');
console.log(d, d === require('./fixtures/cjs/data'));
d.list.push(4);
console.log(require('./fixtures/cjs/data.json').list);
try {
  require('./fixtures/cjs/bad.json');
} catch (e) {
  console.log(e.name, e.message.replace(__dirname, '<dir>').split(':')[0]);
  console.log(e.message.startsWith(path.join(__dirname, 'fixtures/cjs/bad.json') + ': '));
}
