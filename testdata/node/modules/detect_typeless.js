// ESM syntax in a .js under a package.json without "type": loaded as ESM
// with Node's MODULE_TYPELESS_PACKAGE_JSON warning (once per package.json).
console.log(require('./fixtures/typeless/esm.js').typeless);
import('./fixtures/typeless/esm2.js').then((ns) => console.log(ns.second));
