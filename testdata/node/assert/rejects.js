// assert.rejects / doesNotReject, awaited in order.
const assert = require('assert');
async function show(label, p) {
  try {
    await p;
    console.log(label, 'pass');
  } catch (e) {
    console.log(label, `[${e.name}] ${e.code} op=${e.operator}`);
    console.log(e.message);
  }
}
(async () => {
  await show('rejects ok', assert.rejects(Promise.reject(new Error('x')), Error));
  await show('rejects fn ok', assert.rejects(async () => { throw new TypeError('y'); }, { name: 'TypeError', message: 'y' }));
  await show('rejects resolves', assert.rejects(Promise.resolve(1)));
  await show('rejects resolves msg', assert.rejects(Promise.resolve(1), Error, 'msg'));
  await show('rejects wrong', assert.rejects(Promise.reject(new Error('x')), RangeError));
  await show('rejects not promise', assert.rejects(() => 5));
  await show('rejects bad arg', assert.rejects(5));
  await show('rejects thenable', assert.rejects({ then(_, rej) { rej(new Error('t')); }, catch() {} }, /t/));
  await show('rejects sync throw', assert.rejects(() => { throw new Error('sync'); }));
  await show('dnr ok', assert.doesNotReject(Promise.resolve(1)));
  await show('dnr fail', assert.doesNotReject(Promise.reject(new Error('no'))));
  await show('dnr fail msg', assert.doesNotReject(async () => { throw new Error('no'); }, 'context'));
  await show('dnr other', assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError));
  console.log(assert.rejects(Promise.reject(new Error('z'))) instanceof Promise);
})();
