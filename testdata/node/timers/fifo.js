// 200 timers with the same delay fire in the order they were set; timers
// with different delays fire by expiry; intervals repeat and clear.
const order = [];
for (let i = 0; i < 200; i++) setTimeout(() => order.push(i), 5);
setTimeout(() => {
  const inOrder = order.every((v, i) => v === i);
  console.log('fired', order.length, 'in order', inOrder);
}, 40);
const byDelay = [];
setTimeout(() => byDelay.push(20), 20);
setTimeout(() => byDelay.push(1), 1);
setTimeout(() => byDelay.push(10), 10);
setTimeout(() => console.log('by delay', byDelay.join(',')), 45);
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n === 3) {
    clearInterval(iv);
    console.log('interval ran', n, 'times');
  }
}, 2);
const cleared = setTimeout(() => console.log('never'), 5);
clearTimeout(cleared);
setTimeout((a, b) => console.log('args', a, b), 1, 'x', 42);
