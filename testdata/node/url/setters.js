// URL setters with the URL Standard's rules (and failures leaving the URL alone).
const cases = {
  protocol: ['https', 'ftp:', 'foo', 'file', 'HTTP', 'ht tp', '1x', 'ws:extra', ''],
  username: ['me', 'a b@c:d', '', 'ü'],
  password: ['secret', 'p:w@/', '', '%'],
  host: ['other.com', 'other.com:81', 'x:65536', '[::1]:9', 'a b', '', 'EXAMPLE.org:80', 'ex%41mple.com', 'h/path', 'h?q'],
  hostname: ['other.com', 'x:81', '[::2]', '', 'ß.de', '0x7f.0.0.1'],
  port: ['8080', '80', '0', '65535', '65536', 'abc', '12abc', '', ' 99', '-1', '443'],
  pathname: ['/a/b', 'x y', '../../q', '/%2e%2E/z', '?#', '\\back', ''],
  search: ['?a=1', 'b=2 3', '', '?', '#x', 'é=ü'],
  hash: ['#x', 'y z', '', '#', '#a#b', '`{}'],
  href: ['http://new.example/', 'relative', 'mailto:x@y'],
};
const starts = ['https://user:pw@example.com:8080/p/a?q=1#h', 'file:///tmp/x', 'mailto:someone@example.com', 'sc://host/p', 'http://h/'];
for (const start of starts) {
  for (const [prop, values] of Object.entries(cases)) {
    for (const v of values) {
      const u = new URL(start);
      let note = '';
      try {
        u[prop] = v;
      } catch (e) {
        note = ` threw ${e.name} ${e.code}`;
      }
      console.log(`${start} .${prop}=${JSON.stringify(v)} -> ${u.href}${note}`);
    }
  }
}
const u = new URL('http://a/');
u.port = 8080;
u.hash = 5;
u.search = null;
console.log(u.href, u.search);
u.pathname = undefined;
console.log(u.href);
for (const v of ['-80', '-80|', 'a80', 'é80', '@-80', 'file%41', 'x1', '+80', '%80', ' 80', 'a', '-', '-a1', '.5', '1-2']) {
  const p = new URL('https://e.com:8080/');
  p.port = v;
  console.log('port', JSON.stringify(v), p.port);
}
for (const v of ['\\.', '\\', '/x', '?', '#a', ':', ':1', ':x', ':1/y']) {
  const a = new URL('sc://host/p');
  a.hostname = v;
  const b = new URL('sc://host/p');
  b.host = v;
  const c = new URL('sc:/p');
  c.host = v;
  console.log('host', JSON.stringify(v), a.href, b.href, c.href);
}
