// AbortSignal.abort, AbortSignal.timeout (unref'd, TimeoutError) and
// AbortSignal.any.
const s1 = AbortSignal.abort();
console.log(s1, s1.reason.name, s1.reason.message);
const s2 = AbortSignal.abort('why');
console.log(s2.reason);

const t = AbortSignal.timeout(10);
console.log(t, t.aborted);
t.addEventListener('abort', (e) => {
  console.log('timeout fired', e.type, t.aborted, t.reason.name, t.reason.message, t.reason.code);
  console.log(t.reason instanceof DOMException);
});

// an unref'd timeout does not keep the process alive
AbortSignal.timeout(100000).addEventListener('abort', () => console.log('never'));

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log(any, any.aborted);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
b.abort('b reason');
a.abort('a reason');
console.log(any.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
console.log(pre.aborted, pre.reason);
const none = AbortSignal.any([]);
console.log(none.aborted);
const nested = new AbortController();
const inner = AbortSignal.any([nested.signal]);
const outer = AbortSignal.any([inner]);
outer.onabort = () => console.log('nested any aborted', outer.reason);
nested.abort('deep');

for (const f of [
  () => AbortSignal.timeout('1'),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout(1.5),
  () => AbortSignal.any(5),
  () => AbortSignal.any([1]),
  () => AbortSignal.any([a.signal, {}]),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
setTimeout(() => console.log('done'), 30);
