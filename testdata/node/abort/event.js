// Event and CustomEvent: properties, defaults, options, inspect, errors.
const util = require('util');
const e = new Event('foo');
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, e.isTrusted,
  e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble, typeof e.timeStamp);
console.log(Object.keys(e), Object.getOwnPropertyNames(Event.prototype));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, e.NONE);
console.log(String(e), Object.prototype.toString.call(e));
const shown = util.inspect(e).replace(/timeStamp: [\d.]+/, 'timeStamp: N');
console.log(shown);
console.log(util.inspect(e, { depth: -1 }), util.inspect({ nested: { deeper: e } }, { depth: 0 }));
const c = new Event('bar', { cancelable: true, bubbles: true, composed: true });
console.log(c.cancelable, c.bubbles, c.composed);
c.preventDefault();
console.log(c.defaultPrevented, c.returnValue);
e.preventDefault();
console.log(e.defaultPrevented);
e.stopPropagation();
console.log(e.cancelBubble);
const d = new Event('cb');
d.cancelBubble = true;
console.log(d.cancelBubble);
console.log(new Event(undefined).type, new Event(null).type, new Event(42).type, new Event({ toString() { return 'obj'; } }).type);
const ts1 = new Event('a').timeStamp;
const ts2 = new Event('b').timeStamp;
console.log(ts2 >= ts1, ts1 > 0, ts1 < performance.now() + 1);
const init = new Event('old');
init.initEvent('renamed', true, true);
console.log(init.type, init.bubbles, init.cancelable);

const ce = new CustomEvent('custom', { detail: { x: 1 } });
console.log(ce.type, ce.detail, ce instanceof Event, Object.prototype.toString.call(ce));
console.log(new CustomEvent('n').detail, new CustomEvent('n', { detail: 0 }).detail);
console.log(util.inspect(ce).replace(/timeStamp: [\d.]+/, 'timeStamp: N'));
const et = new EventTarget();
et.addEventListener('custom', (ev) => console.log('got detail', ev.detail, ev.target === et));
et.dispatchEvent(ce);

for (const f of [
  () => new Event(),
  () => new Event('x', 5),
  () => new CustomEvent(),
  () => Reflect.get(Event.prototype, 'type', {}),
  () => Event.prototype.preventDefault.call({}),
]) {
  try {
    f();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
