// checkPrime/generatePrime.
const c = require('crypto');
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
t('cp', () => [c.checkPrimeSync(7n), c.checkPrimeSync(Buffer.from([7])), c.checkPrimeSync(new Uint8Array([0, 13])), c.checkPrimeSync(15n), c.checkPrimeSync(2n ** 127n - 1n), c.checkPrimeSync(1n), c.checkPrimeSync(0n), c.checkPrimeSync(2n), c.checkPrimeSync(2n ** 61n - 1n), c.checkPrimeSync(561n)]);
t('cp num', () => c.checkPrimeSync(7));
t('cp neg', () => c.checkPrimeSync(-7n));
t('cp opts', () => c.checkPrimeSync(7n, { checks: 5 }));
t('gp', () => { const p = c.generatePrimeSync(32); return [p instanceof ArrayBuffer, p.byteLength, c.checkPrimeSync(p)]; });
t('gp big', () => { const p = c.generatePrimeSync(40, { bigint: true }); return [typeof p, p.toString(2).length, c.checkPrimeSync(p)]; });
t('gp bits', () => c.generatePrimeSync(-1));
t('gp str', () => c.generatePrimeSync('8'));
t('gp safe', () => { const p = c.generatePrimeSync(16, { safe: true, bigint: true }); return c.checkPrimeSync(p) && c.checkPrimeSync((p - 1n) / 2n); });
c.checkPrime(11n, (e, r) => {
  console.log('async cp', e, r);
  c.generatePrime(24, { bigint: true }, (e2, p) => console.log('async gp', e2, typeof p, c.checkPrimeSync(p)));
});
