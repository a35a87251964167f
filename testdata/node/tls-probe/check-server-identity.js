// tls.checkServerIdentity on synthetic certificate objects: DNS and IP
// altnames, wildcards, CN fallback, trailing dots, case, quoted altnames.
'use strict';
const tls = require('tls');

const certs = {
  'dns': { subject: { CN: 'ignored.test' }, subjectaltname: 'DNS:a.test, DNS:*.b.test, DNS:c*.d.test' },
  'ip': { subject: { CN: '10.0.0.1' }, subjectaltname: 'IP Address:10.0.0.2, IP Address:0:0:0:0:0:0:0:1, IP Address:FE80:0:0:0:0:0:0:1' },
  'dns+ip': { subject: {}, subjectaltname: 'DNS:a.test, IP Address:127.0.0.1' },
  'cn only': { subject: { CN: 'cn.test' } },
  'cn wildcard': { subject: { CN: '*.cn.test' } },
  'cn array': { subject: { CN: ['x.test', 'y.test'] } },
  'uri only': { subject: { CN: 'cn.test' }, subjectaltname: 'URI:http://cn.test/' },
  'email only': { subject: { CN: 'cn.test' }, subjectaltname: 'email:a@cn.test' },
  'nothing': { subject: {} },
  'no subject': {},
  'quoted': { subject: {}, subjectaltname: 'DNS:"a\\u002cb.test", DNS:ok.test' },
  'wildcard only': { subject: {}, subjectaltname: 'DNS:*' },
  'idna': { subject: {}, subjectaltname: 'DNS:xn--bcher-kva.test' },
};
const hosts = ['a.test', 'A.TEST', 'a.test.', 'x.b.test', 'b.test', 'x.y.b.test', 'cx.d.test', 'c.d.test',
  '10.0.0.1', '10.0.0.2', '::1', '0:0:0:0:0:0:0:1', 'fe80::1', '127.0.0.1', 'cn.test', 'x.cn.test',
  'x.test', 'y.test', 'z.test', 'ok.test', 'a,b.test', 'anything', 'bücher.test', 'xn--bcher-kva.test', ''];
for (const [name, cert] of Object.entries(certs)) {
  console.log(`# ${name}`);
  for (const host of hosts) {
    let r;
    try {
      const e = tls.checkServerIdentity(host, cert);
      r = e ? `${e.code} ${JSON.stringify(e.message)} reason=${JSON.stringify(e.reason)} host=${JSON.stringify(e.host)} cert=${e.cert === cert}` : 'ok';
    } catch (e) {
      r = `threw ${e.name} ${e.code} ${e.message}`;
    }
    console.log(`  ${JSON.stringify(host)}: ${r}`);
  }
}
