// Top-level await: in the entry and in dependencies; a synchronous sibling
// runs while the awaiting dependency is suspended; the importer waits.
console.log('entry body starts after its imports');
import { derived } from './fixtures/esm/uses-tla.mjs';
import { sync } from './fixtures/esm/sync-dep.mjs';
console.log('derived', derived, sync);
const t0 = await new Promise((resolve) => setTimeout(() => resolve('timer resolved'), 5));
console.log(t0);
for await (const x of [Promise.resolve(1), 2, Promise.resolve(3)]) console.log('for await', x);
async function* gen() { yield 'a'; await null; yield 'b'; }
for await (const v of gen()) console.log('async generator', v);
const results = await Promise.all([1, 2].map(async (n) => (await n) * 10));
console.log(results, await 5, (await 2) ** 3, ~await 1);
try {
  await Promise.reject(new Error('rejected at top level'));
} catch (e) {
  console.log('caught', e.message);
}
console.log('done');
