// AbortController and AbortSignal basics: inspect output, reason defaults,
// abort event (once, trusted), onabort, throwIfAborted, idempotent abort.
const util = require('util');
const ac = new AbortController();
console.log(ac);
console.log(ac.signal, ac.signal.aborted, ac.signal.reason);
console.log(util.inspect(ac, { depth: 0 }), util.inspect(ac, { depth: -1 }));
console.log(String(ac), String(ac.signal), Object.prototype.toString.call(ac.signal));
console.log(ac.signal instanceof EventTarget, ac.signal instanceof AbortSignal, ac.signal === ac.signal);
console.log(Object.getOwnPropertyNames(AbortController.prototype), Object.getOwnPropertyNames(AbortSignal.prototype));
console.log(Object.keys(ac), Object.keys(ac.signal));

const seen = [];
ac.signal.addEventListener('abort', function(e) {
  seen.push(['listener', e.type, e.isTrusted, e.target === ac.signal, this === ac.signal, ac.signal.aborted].join(':'));
});
ac.signal.onabort = (e) => seen.push('onabort ' + e.constructor.name);
console.log(typeof ac.signal.onabort);
ac.abort();
ac.abort('ignored');
console.log(seen);
console.log(ac);
const r = ac.signal.reason;
console.log(r instanceof DOMException, r instanceof Error, r.name, r.message, r.code);
console.log(Object.prototype.toString.call(r), String(r));
try {
  ac.signal.throwIfAborted();
} catch (e) {
  console.log('thrown is reason', e === r);
}

const ac2 = new AbortController();
ac2.abort('custom reason');
console.log(ac2.signal.reason, ac2.signal.aborted);
try { ac2.signal.throwIfAborted(); } catch (e) { console.log('threw', e); }
const ac3 = new AbortController();
const err = new Error('why');
ac3.abort(err);
console.log(ac3.signal.reason === err);
const ac4 = new AbortController();
ac4.abort(undefined);
console.log(ac4.signal.reason.name);
const ac5 = new AbortController();
ac5.abort(null);
console.log(ac5.signal.reason);

// listeners added after abort do not fire; onabort null removes
const ac6 = new AbortController();
let n = 0;
ac6.signal.onabort = () => n++;
ac6.signal.onabort = null;
ac6.signal.addEventListener('abort', () => n += 10, { once: true });
ac6.abort();
ac6.signal.addEventListener('abort', () => n += 100);
console.log('count', n, ac6.signal.onabort);

// errors
for (const f of [
  () => new AbortSignal(),
  () => AbortSignal.prototype.throwIfAborted.call({}),
  () => Reflect.get(AbortSignal.prototype, 'aborted', {}),
  () => AbortController.prototype.abort.call({}),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// nested inspection depths, extra own properties
{
  const ac = new AbortController();
  console.log({ s: ac.signal, c: ac });
  console.log([[[ac]]]);
  console.log({ a: { b: { c: ac } } });
  console.log({ a: { b: { e: new Event('x', { cancelable: true }) } } }.a.b.e.type);
  console.log({ a: { b: { c: { d: new EventTarget() } } } });
  console.log(require('util').inspect(ac, { depth: 1 }), require('util').inspect(ac.signal, { depth: 0 }));
  const et = new EventTarget(); et.foo = 1; console.log(et);
  const s = AbortSignal.abort(); s.extra = 2; console.log(s);
}
