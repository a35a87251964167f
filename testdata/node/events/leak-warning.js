// The max-listeners leak warning, printed once per event name.
const EventEmitter = require('events');
class Pool extends EventEmitter {}
const e = new Pool();
for (let i = 0; i < 12; i++) e.on('job', () => {});
const f = new EventEmitter();
f.setMaxListeners(2);
for (let i = 0; i < 3; i++) f.on('x', () => {});
process.on('warning', (w) => console.log('warning event:', w.name, w.count, w.type, w.emitter === e || w.emitter === f));
