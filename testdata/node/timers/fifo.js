// 200 timers with the same delay fire in the order they were set; timers
// with different delays fire by expiry; intervals repeat and clear.
// Results are printed at exit, in a fixed order, so load cannot reorder them.
const out = {};
const order = [];
for (let i = 0; i < 200; i++) setTimeout(() => order.push(i), 5);
setTimeout(() => {
  out.fifo = `fired ${order.length} in order ${order.every((v, i) => v === i)}`;
}, 40);
const byDelay = [];
setTimeout(() => byDelay.push(20), 20);
setTimeout(() => byDelay.push(1), 1);
setTimeout(() => byDelay.push(10), 10);
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n === 3) {
    clearInterval(iv);
    out.interval = `interval ran ${n} times`;
  }
}, 2);
const cleared = setTimeout(() => { out.cleared = 'fired anyway'; }, 5);
clearTimeout(cleared);
setTimeout((a, b) => { out.args = `args ${a} ${b}`; }, 1, 'x', 42);
process.on('exit', () => {
  console.log(out.fifo);
  console.log('by delay', byDelay.join(','));
  console.log(out.interval, out.cleared, out.args);
});
