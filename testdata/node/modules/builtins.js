// Core modules by bare and node: names.
const m = require('module');
console.log(require('node:path') === require('path'), require('node:events') === require('events'));
console.log(typeof require('path').join, typeof require('node:util').inspect);
console.log(m.isBuiltin('fs'), m.isBuiltin('node:fs'), m.isBuiltin('nope'), m.isBuiltin('node:nope'));
console.log(m.builtinModules.includes('path'), m.builtinModules.includes('events'), m.builtinModules.some((n) => n.startsWith('internal/')));
for (const id of ['node:nope', 'internal/modules/cjs/loader', 'node:internal/bootstrap']) {
  try {
    require(id);
    console.log(id, 'loaded');
  } catch (e) {
    console.log(id, e.code, e.message.split('\n')[0]);
  }
}
try { require(42); } catch (e) { console.log(e.code, e.message); }
try { require(''); } catch (e) { console.log(e.code, e.message); }
console.log(typeof m.createRequire, typeof m.Module, m.Module === m);
const r = m.createRequire(__filename);
console.log(r('./fixtures/cjs/data.json').name);
console.log(Object.keys(m).sort().join(' '));
console.log(typeof m.syncBuiltinESMExports, typeof m._findPath, m._findPath('./fixtures/cjs/data.json', [__dirname]) === require.resolve('./fixtures/cjs/data.json'));
console.log(m._resolveLookupPaths('fs'), m._resolveLookupPaths('./x', module).length);
