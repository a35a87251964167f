// dns.lookup: localhost (IPv4 from /etc/hosts), the family/all/order
// options, IP literals answered as given, ENOTFOUND for a .invalid name
// (Node's getaddrinfo error, printed whole), empty hostnames (DEP0118
// warning), the request objects returned, and promisify(dns.lookup).
const dns = require('dns');
const util = require('util');

// the error without its stack (frames differ between engines)
function describe(err) {
  return { message: err.message, ...err, keys: Object.keys(err) };
}

function lookup(host, options) {
  return new Promise((resolve) => {
    const cb = (err, address, family) => {
      if (err) console.log(JSON.stringify(host), options, '->', describe(err));
      else console.log(JSON.stringify(host), options, '->', address, family);
      resolve();
    };
    const req = options === undefined ? dns.lookup(host, cb) : dns.lookup(host, options, cb);
    console.log('  returned', req.constructor.name, Object.keys(req));
  });
}

(async () => {
  await lookup('localhost');
  await lookup('localhost', 4);
  await lookup('localhost', { family: 4, all: true });
  await lookup('localhost', { family: 'IPv4' });
  await lookup('localhost', { all: true, verbatim: false });
  await lookup('localhost', { all: true, order: 'ipv6first' });
  await lookup('localhost', { family: 6 });
  await lookup('localhost', { hints: dns.ADDRCONFIG | dns.V4MAPPED });
  await lookup('127.0.0.1');
  await lookup('10.1.2.3', { family: 6 });
  await lookup('::1');
  await lookup('fe80::1', { all: true });
  await lookup('::ffff:127.0.0.1', 0);
  await lookup('no-such-host.invalid');
  await lookup('no-such-host.invalid', { all: true });
  await lookup('');
  await lookup('', { all: true });
  await lookup(null, { family: 6 });
  await lookup(undefined, 4);

  const lookupAsync = util.promisify(dns.lookup);
  console.log(await lookupAsync('localhost'));
  console.log(await lookupAsync('localhost', { all: true }));
  console.log(await lookupAsync('::1'));
  try {
    await lookupAsync('missing.invalid');
  } catch (err) {
    console.log('promisified:', err.message, err.code, err.errno, err.syscall, err.hostname);
  }
  // `this` in the callback is the request
  dns.lookup('localhost', function (err, address) {
    console.log('this', this.constructor.name, this.hostname, this.family, address);
  });
})();
