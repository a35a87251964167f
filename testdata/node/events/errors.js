// 'error' with no listener throws; errorMonitor sees it first; non-Error
// values become ERR_UNHANDLED_ERROR; bad listeners; setMaxListeners range.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', (err && err.message) || err));
try { e.emit('error', new Error('boom')); } catch (err) { console.log('thrown', err.message); }
for (const v of ['str', 42, { a: 1 }, undefined]) {
  try { e.emit('error', v); } catch (err) { console.log(err.name, err.code, err.message, err.context); }
}
for (const bad of [1, 'x', null, {}]) {
  try { e.on('x', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const n of [-1, NaN, 'a']) {
  try { e.setMaxListeners(n); } catch (err) { console.log(err.name, err.code, err.message); }
  try { EventEmitter.defaultMaxListeners = n; } catch (err) { console.log(err.name, err.code, err.message); }
}
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('now handled')));
