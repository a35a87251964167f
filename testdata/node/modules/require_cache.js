// require.cache: same object on re-require, fresh evaluation after delete.
const path = require('path');
const first = require('./fixtures/cjs/counter');
const again = require('./fixtures/cjs/counter.js');
console.log('same object', first === again, first.loadedAt);
const key = require.resolve('./fixtures/cjs/counter');
console.log('cached key', path.relative(__dirname, key), key in require.cache);
console.log('cache entry', require.cache[key].exports === first, require.cache[key].loaded, require.cache[key].id === key);
delete require.cache[key];
const fresh = require('./fixtures/cjs/counter');
console.log('fresh object', fresh !== first, fresh.loadedAt, globalThis.__loadCounter);
console.log('main in cache', require.cache[__filename] === module);
const own = Object.keys(require.cache).map((k) => path.relative(__dirname, k)).sort();
console.log('cache keys', own);
require.cache[key] = { id: key, filename: key, loaded: true, exports: { fake: true } };
console.log('injected', require('./fixtures/cjs/counter'));
