// Resolver objects, getServers/setServers (formats, ports, duplicates,
// invalid addresses), default result order, the error-code constants, the
// module's exports, and queries against a server that refuses them
// (127.0.0.1:1: ECONNREFUSED at once) in callback and promise form.
const dns = require('dns');

console.log(Object.keys(dns));
console.log(dns.NOTFOUND, dns.NODATA, dns.CONNREFUSED, dns.TIMEOUT, dns.CANCELLED, dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED);
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype));
console.log(dns.resolve4.name, dns.reverse.name, dns.resolve.name, dns.Resolver.prototype.resolveMx.name);
console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');

const r = new dns.Resolver({ timeout: 1000, tries: 1 });
console.log(Object.keys(r), r.getServers().length > 0);
r.setServers(['127.0.0.1', '127.0.0.1:5353', '::1', '[::1]:53', '[::2]:5353', '1.2.3.4:53', '10.0.0.1:53']);
console.log(r.getServers());
r.setServers([]);
console.log(r.getServers());
for (const f of [
  () => r.setServers(['foo']),
  () => r.setServers(['1.2.3']),
  () => r.setServers('1.2.3.4'),
  () => r.setServers([1]),
  () => new dns.Resolver({ timeout: 'x' }),
  () => new dns.Resolver({ timeout: -2 }),
  () => new dns.Resolver({ tries: 0 }),
  () => new dns.Resolver({ tries: 1.5 }),
  () => dns.setDefaultResultOrder('random'),
  () => dns.resolve('x', 'BOGUS', () => {}),
  () => dns.resolve('x', 5, () => {}),
  () => dns.resolve4(1, () => {}),
  () => dns.resolve4('x'),
  () => dns.reverse('not-an-ip', () => {}),
  () => dns.lookupService('127.0.0.1', 22),
]) {
  try {
    f();
    console.log('no throw');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const refused = new dns.Resolver();
refused.setServers(['127.0.0.1:1']);
const show = (label) => (err, result) => console.log(label, err ? [err.message, err.code, err.errno, err.syscall, err.hostname, Object.keys(err)] : result);
const types = ['A', 'AAAA', 'MX', 'TXT', 'SRV', 'NS', 'CNAME', 'PTR', 'SOA', 'CAA', 'NAPTR', 'ANY'];
(async () => {
  for (const t of types) {
    await new Promise((resolve) => refused.resolve('example.invalid', t, (err, res) => {
      show(t)(err, res);
      resolve();
    }));
  }
  await new Promise((resolve) => refused.resolve4('example.invalid', { ttl: true }, (err) => {
    show('ttl')(err);
    resolve();
  }));
  await new Promise((resolve) => refused.reverse('192.0.2.7', (err, res) => {
    show('reverse')(err, res);
    resolve();
  }));
  const p = new dns.promises.Resolver();
  p.setServers(['127.0.0.1:1']);
  for (const m of ['resolve4', 'resolve6', 'resolveTxt', 'resolveAny']) {
    try {
      await p[m]('example.invalid');
    } catch (err) {
      console.log('promise', m, err.message, err.code);
    }
  }
  // cancel: pending queries fail with ECANCELLED
  const c = new dns.Resolver();
  c.setServers(['127.0.0.1:1']);
  c.resolve4('a.invalid', show('cancelled'));
  c.cancel();
  // dns.setServers replaces the default resolver's servers
  const before = dns.getServers();
  dns.setServers(['127.0.0.1:1']);
  console.log(dns.getServers(), dns.promises.getServers());
  dns.resolveMx('example.invalid', (err) => {
    show('default refused')(err);
    dns.setServers(before);
    console.log('restored', dns.getServers().length === before.length);
  });
})();
