// EventEmitter: on/once/prepend/off, listener order, arguments, this,
// listeners/rawListeners, listenerCount, eventNames, newListener and
// removeListener events, symbols as event names, inspect of an emitter.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
const calls = [];
e.on('newListener', (name, fn) => calls.push(`newListener ${String(name)} ${fn.name}`));
e.on('removeListener', (name, fn) => calls.push(`removeListener ${String(name)} ${fn.name}`));
function a(x, y) { calls.push(`a ${x} ${y} ${this === e}`); }
function b() { calls.push('b'); }
function c() { calls.push('c'); }
const sym = Symbol('evt');
e.on('x', a);
e.once('x', b);
e.prependListener('x', c);
e.prependOnceListener('x', function d() { calls.push('d'); });
e.on(sym, () => calls.push('symbol event'));
console.log(e.listenerCount('x'), e.listeners('x').map((f) => f.name), e.rawListeners('x').map((f) => f.name));
console.log(e.eventNames());
console.log(e.emit('x', 1, 2), e.emit('x', 3, 4), e.emit('nothing'), e.emit(sym));
e.off('x', a);
e.removeAllListeners('x');
console.log(e.listenerCount('x'), e.eventNames());
e.removeAllListeners();
console.log(calls.join('\n'));
console.log(EventEmitter.listenerCount(e, 'x'), EventEmitter.defaultMaxListeners, e.getMaxListeners());
console.log(typeof EventEmitter.EventEmitter, EventEmitter.errorMonitor, EventEmitter.captureRejectionSymbol);
e.on('y', a);
e.on('y', a);
console.log('count with fn', e.listenerCount('y', a));
