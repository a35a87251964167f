// An unhandled 'error' thrown inside an async function becomes an unhandled
// rejection: the header is the error's creation site, and the stack still
// tells where the event was emitted.
const EventEmitter = require('events');
class Job extends EventEmitter {}
async function run(job) {
  await null;
  console.log('running');
  job.emit('error', new Error('job failed'));
}
run(new Job()).then(() => console.log('not reached'));
console.log('started');
