// util.promisify: callbacks, errors, custom symbol, this binding, argument validation.
const util = require('util');
function cbOk(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function cbErr(cb) { process.nextTick(() => cb(new Error('failed'))); }
function cbMulti(cb) { cb(null, 1, 2, 3); }
function cbFalsyErr(cb) { cb(0, 'value'); }
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
const obj = { v: 7, m(cb) { cb(null, this.v); } };
function fnWithProps(cb) { cb(null, 'x'); }
fnWithProps.extra = 'kept';
(async () => {
  console.log(await util.promisify(cbOk)(2, 3));
  try { await util.promisify(cbErr)(); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(cbMulti)());
  console.log(await util.promisify(cbFalsyErr)());
  console.log(await util.promisify(withCustom)(), util.promisify(withCustom) === withCustom[util.promisify.custom]);
  const pm = util.promisify(obj.m);
  console.log(await pm.call(obj));
  const p1 = util.promisify(cbOk);
  console.log(util.promisify(p1) === p1, p1.name, p1.length, typeof p1);
  const pp = util.promisify(fnWithProps);
  console.log(pp.extra, pp.name, await pp());
  console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  for (const bad of [undefined, null, 1, 'str', {}]) {
    try { util.promisify(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const bad = () => {};
  bad[util.promisify.custom] = 5;
  try { util.promisify(bad); } catch (e) { console.log(e.code, e.message); }
  const sleep = util.promisify(setTimeout);
  console.log('sleep', await sleep(1, 'slept'));
  const immediate = util.promisify(setImmediate);
  console.log('immediate', await immediate('imm'));
  const inspected = util.inspect(util.promisify(cbOk));
  console.log(inspected);
})();
