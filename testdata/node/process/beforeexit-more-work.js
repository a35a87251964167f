// 'beforeExit' can schedule more work; it is emitted again when the loop
// empties again; process.exit() skips it.
let n = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', ++n);
  if (n < 3) setTimeout(() => console.log('work from beforeExit', n), 1);
});
process.on('exit', (c) => console.log('exit', c));
