// Names the resolvers refuse or read specially: c-ares's EBADNAME for bad
// characters, empty or over-long labels (a callback from an immediate);
// getaddrinfo's EINVAL for names over 255 characters (next tick), the
// numeric IPv4 forms inet_aton reads (127.1, 0x7f000001, octal), and
// EAI_ADDRFAMILY for those with family 6.
const dns = require('dns');
const names = ['a+b.invalid', 'a*b.invalid', 'a/b.invalid', 'a_b.invalid', 'a!b.invalid', 'a~b.invalid', 'a=b.invalid', 'a:b.invalid', 'a@b.invalid', 'a\\b.invalid', 'a#b.invalid', 'a$b', 'a,b', 'a;b', "a'b", 'a"b', 'a%b', 'a&b', 'a(b', 'a?b', 'a^b', 'a`b', 'a{b', 'a|b', 'a<b', '..', 'a..b', '.a', 'a.', ''.padEnd(63, 'x') + '.invalid', ''.padEnd(64, 'x') + '.invalid', ('x'.repeat(60) + '.').repeat(4) + 'invalid', ('x'.repeat(61) + '.').repeat(4) + 'inv', 'x'.repeat(253), 'x'.repeat(254), 'x'.repeat(255), 'x'.repeat(256)];
(async () => {
  for (const n of names) {
    let a, b;
    try { await dns.promises.resolve4(n); } catch (e) { a = e.code; }
    try { await dns.promises.lookup(n); } catch (e) { b = e.code; }
    console.log(n.length > 20 ? n.length : JSON.stringify(n), a, b);
  }
  for (const n of ['127.1', '0x7f.1', '2130706433', '017700000001', '0x7f000001', '127.0.1', '1.2.3.4.5', '256.1', '127.0.0.256', '0x100.1', '09.1', '1.2.3.04', ' 1.2.3.4', '1.2.3.4 ']) {
    const r = await dns.promises.lookup(n).catch((e) => e.code);
    const r6 = await dns.promises.lookup(n, 6).catch((e) => e.code);
    console.log(JSON.stringify(n), r, r6);
  }
  dns.lookup('127.1', 6, (e) => {
    console.log({ message: e.message, ...e });
    dns.lookup('x'.repeat(256), (e2) => console.log({ message: e2.message.slice(0, 30), ...e2, hostname: e2.hostname.length }));
    new dns.Resolver().resolve4('a+b', (e3) => console.log({ message: e3.message, ...e3 }));
    setImmediate(() => console.log('immediate'));
    process.nextTick(() => console.log('tick'));
  });
})();
