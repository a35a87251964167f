// The entry script itself uses ESM syntax without a "type": detected.
import { basename } from 'node:path';
console.log(basename(import.meta.filename), typeof require, typeof module);
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
const v = await Promise.resolve('top-level await in a detected module');
console.log(v);
import { createRequire } from 'node:module';
const require2 = createRequire(import.meta.url);
console.log('require.main', require2.main, 'process.mainModule', process.mainModule);
