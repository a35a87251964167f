// Host parsing edge cases: IDNA mapping, punycode labels, bidi, IPv4 forms, IPv6 forms, percent-encoded and forbidden characters.
const hosts = ['ex%41mple.com', 'EX\u3002AMPLE.com', 'ｅｘａｍｐｌｅ.com', 'ex\u00adample.com', 'a\u200db.com', 'a\u200cb.com', 'xn--a.com', 'xn--zca.com',
  'XN--ZCA.com', 'ß.com', 'İ.com', 'ı.com', 'ﬀ.com', '\u0661.\u0662', 'a\u0661.com', 'עברית.com', 'a.עברית', '-a-.com', 'a_b.com', 'a..com',
  '.', '..', 'a.', '0', '0x', '0x.0x', '1.2.3.4.', '1.2.3.4..', '09', '08.1', '0x1g', '256.0.0.1', '4294967295', '4294967296',
  '0xffffffff', '0x100000000', '1.0x100', '1.65536', '1.2.65536', '1.256.3', '0.0.0.0', '000.000.000.000', '0177.0.0.1', '1e1.com',
  '[0::0]', '[::ffff:0:0]', '[1:2:3:4:5:6:7::]', '[::1:2:3:4:5:6:7]', '[1:2:3:4:5:6:1.2.3.4]', '[1:2:3:4:5:1.2.3.4]', '[::1.2.3.4x]',
  '[::1.2.3.]', '[::1.2.3.04]', '[0000:0000:0000:0000:0000:0000:0000:0001]', '[1::]', '[::%31]', '[:1]', '[1:]', '[1:::]',
  '%30%78%37%66.1', '%E2%98%83.com', '%ef%bc%85%ef%bc%90%ef%bc%90.com', '%zz', 'a%2520b', 'a b', 'a<b', 'a>b', 'a^b', 'a|b', 'a%b',
  '\u0000', 'a\u007fb', 'a\u0001b', '\ufffd', 'xn--ls8h', 'xn--', 'xn---', 'xn--abc-', 'a.xn--x', '💩', '⒈.com', '¼.com', 'ŉ.com',
  'σ.com', 'ς.com', 'ΣΑΣ.com', 'ǅ.com', 'faß.ExAmPlE', '日本.jp', 'ｗｗｗ。ｅｘａｍｐｌｅ。ｃｏｍ', 'x\u0300.com', '\u0300x.com'];
for (const h of hosts) {
  for (const scheme of ['http', 'sc']) {
    let out;
    try { const u = new URL(`${scheme}://${h}/`); out = `${u.host} ${u.href}`; } catch (e) { out = 'ERR'; }
    console.log(scheme, JSON.stringify(h), out);
  }
}

const url2 = require('url');
for (const d of ['ü.xn--abc-', 'ü.xn--zca', 'xn--zca.ü', 'ü.XN--ZCA', 'Ü.COM', 'ü.xn--a', 'ü..com', 'ü.', '.ü', 'a\u3002ü', 'ü.com.', 'xn--ls8h.ü', 'ü.xn--ls8h']) {
  let h; try { h = new URL(`http://${d}/`).host; } catch { h = 'ERR'; }
  console.log(JSON.stringify([d, h, url2.domainToASCII(d), url2.domainToUnicode(d)]));
}
