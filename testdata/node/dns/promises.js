// dns.promises / dns/promises: lookup results as objects, lookupService,
// rejected lookups with Node's error, synchronous validation errors, and the
// module's exports.
const dns = require('dns');
const dnsPromises = require('dns/promises');

(async () => {
  console.log(dns.promises === dnsPromises, Object.keys(dnsPromises));
  console.log(await dnsPromises.lookup('localhost'));
  console.log(await dnsPromises.lookup('localhost', { all: true }));
  console.log(await dnsPromises.lookup('localhost', 4));
  console.log(await dnsPromises.lookup('127.0.0.1', { all: true }));
  console.log(await dnsPromises.lookup('::1', { family: 4 }));
  console.log(await dnsPromises.lookup(''));
  console.log(await dnsPromises.lookup('', { all: true }));
  for (const args of [['nothing.invalid'], ['localhost', { family: 6 }], ['localhost', { family: 6, all: true }]]) {
    try {
      console.log(await dnsPromises.lookup(...args));
    } catch (err) {
      console.log('rejected', args, { message: err.message, ...err, keys: Object.keys(err) });
    }
  }
  console.log(await dnsPromises.lookupService('127.0.0.1', 22));
  console.log(await dnsPromises.lookupService('127.0.0.1', '80'));
  console.log(await dnsPromises.lookupService('127.0.0.1', 54321));
  for (const f of [
    () => dnsPromises.lookup(1),
    () => dnsPromises.lookup('x', { family: 9 }),
    () => dnsPromises.lookup('x', 'y'),
    () => dnsPromises.lookup('x', { all: 1 }),
    () => dnsPromises.lookupService('localhost', 1),
    () => dnsPromises.lookupService('127.0.0.1', -1),
    () => dnsPromises.lookupService('127.0.0.1'),
    () => dnsPromises.resolve('x', 'BAD'),
    () => dnsPromises.resolve('x', 1),
    () => dnsPromises.resolve4(5),
    () => dnsPromises.reverse(1),
  ]) {
    try {
      f();
      console.log('no throw');
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
})();
