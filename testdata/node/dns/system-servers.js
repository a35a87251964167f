// Queries to the system's name servers for a .invalid name (RFC 6761: never
// exists, answered at once): ENOTFOUND from c-ares with errno undefined, in
// callback and promise form for each record type; reverse lookups of
// loopback addresses (c-ares reads /etc/hosts first).
const dns = require('dns');

const fields = (err) => [err.message, err.code, err.errno, err.syscall, err.hostname];
(async () => {
  for (const m of ['resolve4', 'resolve6', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'resolveCname', 'resolveSoa', 'resolvePtr', 'resolveCaa', 'resolveNaptr', 'resolveAny']) {
    await new Promise((resolve) => dns[m]('nothing-here.invalid', (err, res) => {
      console.log(m, err ? fields(err) : res);
      resolve();
    }));
    try {
      await dns.promises[m]('also-nothing.invalid');
    } catch (err) {
      console.log('  promise', fields(err));
    }
  }
  await new Promise((resolve) => dns.resolve('nothing.invalid', (err) => {
    console.log('resolve default A', fields(err));
    resolve();
  }));
  const names = await dns.promises.reverse('127.0.0.1');
  console.log('reverse 127.0.0.1 is an array', Array.isArray(names));
  const viaCallback = await new Promise((resolve) => dns.reverse('127.0.0.1', (err, n) => resolve(err ? fields(err) : n)));
  console.log('same from the callback form', JSON.stringify(viaCallback) === JSON.stringify(names));
})();
