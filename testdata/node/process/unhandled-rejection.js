// An unhandled rejection ends the process with Node's output and code 1;
// handlers attached in the same turn count as handled.
const handledLater = Promise.reject(new Error('handled in time'));
handledLater.catch((e) => console.log('caught', e.message));
process.on('exit', (c) => console.log('exit', c));
async function fails() {
  throw new TypeError('async failure');
}
fails();
