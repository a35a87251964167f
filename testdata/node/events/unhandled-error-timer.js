// An 'error' event nobody listens for, emitted from a timer on a plain
// EventEmitter: Node's events.js header, the error with its own properties,
// and "Emitted 'error' event at:" (no class name for EventEmitter itself).
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('other', () => {});
console.log('listeners for error:', e.listenerCount('error'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  const err = new RangeError('out of bounds');
  err.code = 'E_RANGE';
  err.detail = { depth: 2, list: [1, 2, 3] };
  console.log('emitting');
  e.emit('error', err);
  console.log('not reached');
}, 1);
