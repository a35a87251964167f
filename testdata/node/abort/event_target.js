// EventTarget: listener order, once, capture flag identity, handleEvent
// objects, signal removal, duplicates, stopImmediatePropagation,
// preventDefault, exceptions in listeners, recursion, inspect.
const util = require('util');
const et = new EventTarget();
console.log(et, util.inspect(et, { depth: -1 }), String(et));
console.log(Object.getOwnPropertyNames(EventTarget.prototype));
const log = [];
const a = (e) => log.push('a:' + e.type);
const b = { handleEvent(e) { log.push('b:' + e.type + ':' + (this === b)); } };
et.addEventListener('x', a);
et.addEventListener('x', a);
et.addEventListener('x', a, { capture: true });
et.addEventListener('x', b);
et.addEventListener('x', function() { log.push('fn this ' + (this === et)); }, { once: true });
console.log(et.dispatchEvent(new Event('x')), log.join(' '));
log.length = 0;
console.log(et.dispatchEvent(new Event('x')), log.join(' '));
log.length = 0;
et.removeEventListener('x', a);
et.dispatchEvent(new Event('x'));
console.log('after remove (non-capture)', log.join(' '));
log.length = 0;
et.removeEventListener('x', a, true);
et.removeEventListener('x', b);
console.log(et.dispatchEvent(new Event('x')), 'after all removed', log.length);

// signal option
const ac = new AbortController();
et.addEventListener('y', () => log.push('y'), { signal: ac.signal });
et.dispatchEvent(new Event('y'));
ac.abort();
et.dispatchEvent(new Event('y'));
console.log('signal', log.join(' '));
et.addEventListener('y', () => log.push('never'), { signal: ac.signal });
et.dispatchEvent(new Event('y'));
console.log('pre-aborted signal', log.join(' '));
log.length = 0;

// stopImmediatePropagation and preventDefault
et.addEventListener('z', (e) => { log.push('1'); e.stopImmediatePropagation(); });
et.addEventListener('z', () => log.push('2'));
console.log(et.dispatchEvent(new Event('z')), log.join(' '));
et.addEventListener('c', (e) => e.preventDefault());
console.log('cancelable', et.dispatchEvent(new Event('c', { cancelable: true })), 'not cancelable', et.dispatchEvent(new Event('c')));

// passive listeners: Node 20 still honours preventDefault in them
const pt = new EventTarget();
pt.addEventListener('p', (ev) => { ev.preventDefault(); log.push('passive ' + ev.defaultPrevented); }, { passive: true });
console.log('passive dispatch', pt.dispatchEvent(new Event('p', { cancelable: true })), log.pop());

// listeners added during dispatch run (Node walks a linked list); removed ones do not
log.length = 0;
const late = () => log.push('late');
const victim = () => log.push('victim');
et.addEventListener('d', () => { log.push('first'); et.addEventListener('d', late); et.removeEventListener('d', victim); });
et.addEventListener('d', victim);
et.dispatchEvent(new Event('d'));
console.log('during dispatch', log.join(' '));
log.length = 0;
et.dispatchEvent(new Event('d'));
console.log('next dispatch', log.join(' '));

// event state during and after dispatch, recursion
const ev = new Event('r');
et.addEventListener('r', (e) => {
  console.log('in', e.eventPhase, e.target === et, e.currentTarget === et, e.composedPath().length);
  try {
    et.dispatchEvent(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
et.dispatchEvent(ev);
console.log('after', ev.eventPhase, ev.target === et, ev.currentTarget, ev.composedPath().length);

// exceptions in listeners are reported asynchronously, dispatch goes on
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
et.addEventListener('t', () => { throw new Error('listener threw'); });
et.addEventListener('t', () => console.log('second listener still runs'));
console.log('dispatch returns', et.dispatchEvent(new Event('t')));

// symbols and non-string types
const sym = Symbol('s');
try {
  et.addEventListener(sym, () => console.log('symbol event'));
} catch (e) {
  console.log('symbol type', e.name, e.code, e.message);
}
try {
  console.log(new Event(sym));
} catch (e) {
  console.log('symbol event type', e.name, e.code, e.message);
}
et.addEventListener(5, () => console.log('number type as string'));
et.dispatchEvent(new Event('5'));

// subclass inspect and argument errors
class MyTarget extends EventTarget {}
console.log(new MyTarget(), util.inspect(new MyTarget(), { depth: -1 }));
for (const f of [
  () => et.addEventListener('x', 5),
  () => et.addEventListener('x'),
  () => et.dispatchEvent('x'),
  () => et.dispatchEvent({ type: 'x' }),
  () => et.dispatchEvent(),
  () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
et.addEventListener('n', null);
et.addEventListener('n', undefined);
console.log('end of script');
