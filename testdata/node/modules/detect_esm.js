// A .js file outside any "type" scope is CommonJS unless it has ESM syntax
// (Node 20.19+ syntax detection); a .js under "type": "module" is ESM.
const path = require('path');
console.log(require('./fixtures/detect/cjs-syntax.js'));
const detected = require('./fixtures/detect/esm-syntax.js');
console.log(Object.keys(detected), detected.detected);
import('./fixtures/typemod/lib.js').then((ns) => console.log(ns.where, ns.default));
