// Subclassing with class extends and util.inherits; captureRejections.
const EventEmitter = require('events');
const util = require('util');
class Job extends EventEmitter {
  constructor() { super(); this.name = 'job'; }
  run() { this.emit('done', this.name); }
}
const j = new Job();
j.on('done', (n) => console.log('done', n, j instanceof EventEmitter));
j.run();
console.log(j);
function Old() { EventEmitter.call(this); this.legacy = true; }
util.inherits(Old, EventEmitter);
const o = new Old();
o.once('hi', () => console.log('old-style hi', Object.getPrototypeOf(Old.prototype) === EventEmitter.prototype, Old.super_ === EventEmitter));
o.emit('hi');
console.log(o);
const c = new EventEmitter({ captureRejections: true });
c.on('event', async () => { throw new Error('async failure'); });
c.on('error', (err) => console.log('captured', err.message));
c.emit('event');
