// An unhandled 'error' emitted at top level on a subclass: "on Foo
// instance", and the emitter's frames shared with the error's folded into
// "[... lines matching original stack trace ...]".
const EventEmitter = require('events');
class Foo extends EventEmitter {}
const foo = new Foo();
console.log(foo instanceof EventEmitter, foo.constructor.name);
// errorMonitor sees it first, without counting as a handler
foo.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
foo.emit('error', new Error('top-level failure'));
console.log('not reached');
