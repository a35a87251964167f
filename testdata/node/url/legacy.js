// Legacy url.parse / url.format / url.resolve.
const url = require('url');
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM/Y', 'http://x.com', '//host/p', '/just/path?q=1',
  'just/rel', 'mailto:a@b.c', 'javascript:alert(1)', 'http://a b/c', 'http://[::1]:3000/x', 'http://ex\\ample.com\\path\\x?y\\z',
  '  http://trim.me/  ', 'file:///etc/passwd', 'file:/x', 'http://host/a"b<c>d`e{f}g|h^i', 'http://x/?a=1&a=2&b=%20',
  'http://üñí.com/', 'http://a@b@c/', 'http://host:/p', 'http://host:abc/p', 'git+ssh://git@github.com:a/b.git', 'x:y', '#frag',
  '?only=query', '', 'http://host#h?notq', 'http://host?q#h', 'HtTp://MiXeD.CoM/PaTh',
];
for (const i of inputs) {
  try {
    const u = url.parse(i);
    console.log(JSON.stringify(i), JSON.stringify(u));
    console.log('  format:', url.format(u));
  } catch (e) {
    console.log(JSON.stringify(i), 'ERR', e.name, e.code, e.message);
  }
}
console.log(url.parse('http://x/?a=1&a=2&b=3', true).query, url.parse('http://x/', true).query, url.parse('/p', true).search);
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
console.log(url.parse('http://x/'));
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format({ protocol: 'http:', host: 'h:1', hash: 'x', search: 'q=1', pathname: 'p' }));
console.log(url.format({ protocol: 'mailto', auth: 'a b:c@d', hostname: 'host' }), url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.format({ hostname: '::1', port: 80 }), url.format('http://a.com/b?c#d'));
const w = new URL('http://u:p@xn--ls8h.la:81/p?q#h');
console.log(url.format(w), url.format(w, { unicode: true, auth: false, search: false, fragment: false }));
try { url.format(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.parse(5); } catch (e) { console.log(e.name, e.code, e.message); }
const pairs = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', '../g'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', 'https://other/x'], ['mailto:a@b', 'c@d'],
  ['http://a/b', 'mailto:x'], ['/a/b', '../c'], ['a/b', '../../c'], ['http://u@a/b', '//c/d'], ['http://a/b/', '.'], ['http://a', 'b']];
for (const [from, to] of pairs) console.log(JSON.stringify([from, to]), url.resolve(from, to));
console.log(url.resolveObject('http://a/b', 'c').href, url.Url.name, typeof url.Url.prototype.parse);
