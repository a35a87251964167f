// Stream errors without an 'error' listener: destroy(err) emits on the next
// tick; Node prints "Emitted 'error' event on Readable instance at:".
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('close', () => console.log('close (never: the error is fatal first)'));
console.log('destroying');
r.destroy(new Error('source broke'));
console.log('destroyed', r.destroyed);
process.nextTick(() => console.log('tick before the error'));
