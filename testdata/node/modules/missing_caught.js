// A missing module: code, message and requireStack, relative to this file.
const path = require('path');
try {
  require('./no/such/module');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
  console.log(e.message.split('\n').slice(1).map((l) => l.replace(__dirname, '<dir>')));
  console.log(e.requireStack.map((p) => path.relative(__dirname, p)));
}
try {
  require('no-such-package');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require('./fixtures/cjs/throws');
} catch (e) {
  console.log('load error', e.message);
}
const key = require.resolve('./fixtures/cjs/throws');
console.log('failed module not cached', key in require.cache, module.children.length);
