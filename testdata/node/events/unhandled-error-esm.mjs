// An unhandled 'error' at the top level of an ES module: Node reports the
// module's evaluation error at the error's creation (not events.js's
// throw line), still followed by where the event was emitted.
import { EventEmitter } from 'node:events';

class Bus extends EventEmitter {}
const bus = new Bus();
bus.on('message', (m) => console.log('message', m));
bus.emit('message', 'before the failure');
console.log('error listeners', bus.listenerCount('error'));
bus.emit('error', new Error('esm top-level failure'));
console.log('not reached');
