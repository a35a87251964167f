// Stack positions on a line with several top-level awaits stay exact.
try {
  await import('./fixtures/esm/tla-columns.mjs');
} catch (e) {
  console.log(e.message, e.stack.split('\n')[1].replace(process.cwd(), '<cwd>').trim());
}
const x = await 1, err = new Error('here'); const y = await 2;
console.log(x, y, err.stack.split('\n')[1].replace(process.cwd(), '<cwd>').trim());
