// Emitting a non-Error with no listener throws ERR_UNHANDLED_ERROR from a
// different line of Node's events.js, with context.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', 'caught string');
} catch (err) {
  console.log(err.code, err.message, err.context);
}
try {
  e.emit('error');
} catch (err) {
  console.log(err.code, err.message, err.context);
}
setTimeout(() => {
  e.emit('error', { reason: 'bad', nested: { n: 1 } });
}, 1);
