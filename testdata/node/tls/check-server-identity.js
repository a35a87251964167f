// tls.checkServerIdentity on synthetic certificate objects: DNS names,
// wildcards (where they may and may not match), IP addresses (v4, v6,
// forms of the same address), CN fallback, trailing dots, case, and the
// error's reason/host/cert properties.
const tls = require('tls');

const certs = {
  dns: { subject: { CN: 'ignored.test' }, subjectaltname: 'DNS:a.example.com, DNS:*.wild.example.com, DNS:xn--bcher-kva.example' },
  partial: { subject: {}, subjectaltname: 'DNS:f*o.example.com, DNS:*bar.example.com, DNS:*.com' },
  ip: { subject: { CN: '10.0.0.1' }, subjectaltname: 'IP Address:10.0.0.1, IP Address:2001:DB8:0:0:0:0:0:1' },
  cnOnly: { subject: { CN: 'cn.example.com' } },
  cnWild: { subject: { CN: '*.cn.example.com' } },
  cnArray: { subject: { CN: ['one.example.com', 'two.example.com'] } },
  empty: { subject: {} },
  uriOnly: { subject: { CN: 'x.example.com' }, subjectaltname: 'URI:https://x.example.com/' },
  quoted: { subject: {}, subjectaltname: 'DNS:"quoted, name.example.com", DNS:plain.example.com' },
};
const hosts = [
  'a.example.com', 'A.EXAMPLE.COM', 'a.example.com.', 'b.example.com', 'x.wild.example.com',
  'wild.example.com', 'x.y.wild.example.com', 'foo.example.com', 'fo.example.com', 'bar.example.com',
  'xbar.example.com', 'example.com', 'com', '10.0.0.1', '10.0.0.2', '2001:db8::1', '2001:0db8:0:0::1',
  '::1', 'cn.example.com', 'x.cn.example.com', 'one.example.com', 'two.example.com', 'x.example.com',
  'plain.example.com', 'xn--bcher-kva.example', 'bücher.example', '', 'localhost',
];
for (const [name, cert] of Object.entries(certs)) {
  console.log(`# ${name}`);
  for (const host of hosts) {
    const err = tls.checkServerIdentity(host, cert);
    if (!err) {
      console.log(`  ${JSON.stringify(host)} ok`);
    } else {
      console.log(`  ${JSON.stringify(host)} ${err.name} ${err.code} ${JSON.stringify(err.reason)} host=${JSON.stringify(err.host)} cert=${err.cert === cert}`);
    }
  }
}
const e = tls.checkServerIdentity('nope.test', certs.dns);
console.log(e.message);
console.log(Object.keys(e));
try {
  tls.checkServerIdentity('x', { subject: {}, subjectaltname: 'DNS:"unterminated' });
} catch (err) {
  console.log('bad altnames:', err.name, err.code, err.message);
}
