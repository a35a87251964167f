// CommonJS using syntax goja lacks (for await, async generators): the
// loader lowers it with esbuild only because goja rejected the file.
const moduleArgs = arguments.length; // the wrapper passes five
async function* numbers(n) {
  for (let i = 0; i < n; i++) {
    await null;
    yield i;
  }
}
async function main() {
  const seen = [];
  for await (const v of numbers(4)) seen.push(v);
  console.log('seen', seen);
  const it = numbers(2);
  console.log(typeof it.next, typeof it[Symbol.asyncIterator], await it.next(), await it.return('early'), await it.next());
  const chunks = { [Symbol.asyncIterator]() { let i = 0; return { next: async () => (i < 3 ? { value: 'chunk' + i++, done: false } : { done: true }) }; } };
  for await (const c of chunks) console.log(c);
  const mod = await import('./fixtures/esm/esm-for-cjs.mjs');
  console.log('import() in lowered CJS', mod.default);
  console.log('wrapper arguments', moduleArgs, typeof __filename, require('path').basename(__filename));
}
main();
