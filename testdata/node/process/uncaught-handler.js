// 'uncaughtException' listeners keep the process alive; the origin
// argument; an error thrown in the listener ends the process with 7.
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => {
  console.log('after the first error');
  throw new Error('second');
}, 5);
setTimeout(() => console.log('still alive'), 10);
throw new Error('first');
