// unref'd timers do not keep the process alive; ref() brings them back;
// hasRef; refresh; Timeout objects as primitives; 'beforeExit'.
const t1 = setTimeout(() => console.log('unref timer must not fire'), 1000);
t1.unref();
console.log('hasRef after unref', t1.hasRef());
const t2 = setTimeout(() => console.log('re-ref timer fired'), 100);
t2.unref();
t2.ref();
console.log('hasRef after ref', t2.hasRef(), typeof t2[Symbol.toPrimitive]);
const id = +setTimeout(() => console.log('cleared by id: never'), 5);
clearTimeout(id);
const im = setImmediate(() => console.log('unref immediate runs while alive'));
im.unref();
console.log('immediate hasRef', im.hasRef());
let refreshed = 0;
const t3 = setTimeout(() => console.log('refreshed timer fired once, refreshed', refreshed), 300);
setTimeout(() => { refreshed++; t3.refresh(); }, 1);
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code));
