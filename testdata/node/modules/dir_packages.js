// Directories: package.json "main" (with and without extension), index.js.
console.log(require('./fixtures/dirmain/withmain'));
console.log(require('./fixtures/dirmain/withindex'));
console.log(require('./fixtures/dirmain/noext'));
console.log(require('./fixtures/dirmain/withindex/'));
try {
  require('./fixtures/dirmain');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replace(__dirname, '<dir>'));
}
