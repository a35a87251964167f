// An unhandled 'error' caught by the emitter's caller: the error is
// unchanged (no extra enumerable properties), and once caught it can be
// thrown again from elsewhere; an 'uncaughtException' handler sees it plain.
const EventEmitter = require('events');
const e = new EventEmitter();
let saved;
try {
  e.emit('error', new Error('first'));
} catch (err) {
  saved = err;
  console.log('caught', err.message, Object.keys(err), err.stack.split('\n')[0]);
}
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', origin, err.message, err === saved || err.message);
  console.log(err.stack.split('\n')[0], String(err.stack).includes('Emitted'));
});
setTimeout(() => e.emit('error', saved), 1);
setTimeout(() => e.emit('error', new TypeError('second')), 2);
setTimeout(() => console.log('still running'), 3);
