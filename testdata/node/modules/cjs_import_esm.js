// CommonJS consuming ES modules: import() from CJS, require(esm) (Node
// 20.19+): namespace with __esModule when there is a default export,
// ERR_REQUIRE_ASYNC_MODULE for a graph with top-level await.
const path = require('path');
const viaRequire = require('./fixtures/esm/esm-for-cjs.mjs');
console.log('require(esm) keys', Object.keys(viaRequire), viaRequire.__esModule, viaRequire.default, viaRequire.hello('cjs'));
const noDefault = require('./fixtures/esm/esm-no-default.mjs');
console.log('no default', Object.keys(noDefault), '__esModule' in noDefault);
try {
  require('./fixtures/esm/esm-tla-leaf.mjs');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
  console.log(e.message.split('\n').slice(1).map((l) => l.replace(__dirname, '<dir>')));
}
console.log('type:module .js via require', require('./fixtures/typemod/lib.js').where);
import('./fixtures/esm/esm-for-cjs.mjs').then((ns) => {
  console.log('import() from CJS', Object.keys(ns), ns.default, ns.x);
  return import('./fixtures/esm/esm-tla-leaf.mjs');
}).then((ns) => {
  console.log('import() of TLA module', ns.t);
  return import('node:path');
}).then((ns) => {
  console.log('import() of builtin', ns.default === path, typeof ns.join);
  return import('./fixtures/cjs/data.json', { with: { type: 'json' } }).catch((e) => ({ default: e.code }));
}).then((ns) => {
  return import('./fixtures/does-not-exist.mjs');
}).catch((e) => {
  console.log('missing:', e.code, e.message.replace(__dirname, '<dir>').replace(__dirname, '<dir>'));
});
