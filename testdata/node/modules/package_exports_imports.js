// package.json "exports" (conditions, subpaths, encapsulation) and
// "imports" (#specifiers) for require and import.
const path = require('path');
const { createRequire } = require('module');
const r = createRequire(path.join(__dirname, 'fixtures/nm/a/x.js'));
for (const s of ['pkg-exports', 'pkg-exports/package.json', 'pkg-exports/dist/main.cjs', 'pkg-exports/nope']) {
  try {
    const v = r(s);
    console.log(s, s.endsWith('.json') ? v.name : v);
  } catch (e) {
    console.log(s, e.code, e.message.replace(__dirname, '<dir>'));
  }
  try {
    console.log('  resolve', path.relative(__dirname, r.resolve(s)));
  } catch (e) {
    console.log('  resolve', e.code);
  }
}
console.log(require('./fixtures/imports-pkg/main.js'));
import('./fixtures/imports-pkg/main.mjs')
  .then((ns) => console.log(ns.default))
  .then(() => import('./fixtures/nm/a/b/esm-importer.mjs'))
  .then((ns) => console.log(ns.viaPackage.feature, ns.viaPackage.notExported));
