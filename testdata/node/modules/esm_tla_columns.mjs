// Stack positions on a line with several top-level awaits stay exact.
const pos = (stack) => /:(\d+:\d+)/.exec(stack.split('\n')[1])[1];
try {
  await import('./fixtures/esm/tla-columns.mjs');
} catch (e) {
  console.log(e.message, pos(e.stack));
}
const x = await 1, err = new Error('here'); const y = await 2, err2 = new Error('there');
console.log(x, y, pos(err.stack), pos(err2.stack));
