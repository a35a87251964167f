// events.setMaxListeners/getMaxListeners on EventTargets and AbortSignals
// and the MaxListenersExceededWarning they trigger.
const events = require('events');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
const et = new EventTarget();
console.log(events.getMaxListeners(et));
events.setMaxListeners(2, et);
console.log(events.getMaxListeners(et));
for (let i = 0; i < 3; i++) et.addEventListener('foo', () => {});
for (let i = 0; i < 5; i++) et.addEventListener('foo', () => {});
const ac = new AbortController();
events.setMaxListeners(1, ac.signal);
ac.signal.addEventListener('abort', () => {});
ac.signal.addEventListener('abort', () => {});
const quiet = new EventTarget();
events.setMaxListeners(0, quiet);
for (let i = 0; i < 20; i++) quiet.addEventListener('bar', () => {});
console.log('sync done');
