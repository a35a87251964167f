// WHATWG URL parsing: special schemes, hosts (IDNA, IPv4, IPv6, opaque),
// percent-encoding per component, dot segments, file: URLs, bases.
const inputs = [
  'http://a/^`{}|"<> \'', 'http://a/?^`{}|"<> \'', 'foo://a/?^`{}|"<> \'', 'http://a/#^`{}|"<> \'',
  'http://u^`{}|:p@a/', 'http://EXAMPLE.com./%7e', 'http://faß.de/', 'http://xn--fa-hia.de', 'http://0x7f.1/',
  'http://[::ffff:1.2.3.4]/', 'http://[1:0:0:0:0:0:0:1]/', 'http://[1:0::0:1:0:0:0]', 'http://[::]/', 'http://[0:0:1::]/',
  'http://[::1.2.3.4]', 'http://[1::2::3]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[::1.2.3]/', 'http://[g::]/',
  'file:///C|/x', 'file://localhost/etc', 'file:/x/../../y', 'file:c:\\foo\\bar', 'file://host/share/x', 'file:',
  'http://a/b/../../c/./d/%2e%2E/e', 'http://a/./%2e/.%2E/x/..', 'non-spec:/.//p', 'non-spec:/..//p', 'sc://ñ/',
  'sc://%41/', 'sc://a b/', 'sc://[::1]:99/x', 'sc:', 'sc:/', 'sc://', 'sc:\\x', 'http://%41.com', 'http://%zz.com',
  'http://a%2Eb.com', 'http://ex%00ample.com', 'http://exa mple.com', 'http://example.com:65535', 'http://example.com:65536',
  'http://example.com:0080/', 'http://example.com:x', 'https://example.com:443/', 'ws://a:443', 'wss://a:443',
  'ftp://a:21/', 'javascript:alert(1) ', ' \t http://a/\n b \r', 'blob:https://a.com/x', 'blob:foo', 'http://1.2.3',
  'http://4294967295', 'http://4294967296', 'http://0x100000000', 'http://1.2.3.256', 'http://1.2.3.4.', 'http://1.2.3.4.5',
  'http://09.1.1.1', 'http://0.0.0.0x', 'http://a.0x', 'http://💩.la', 'http://ＥＸＡＭＰＬＥ.com', 'http://a:80/',
  'http://user:pass@host:8080/p?q#f', 'http://@host/', 'http://:@host/', 'http://a:b@c:d@host/', 'http://a@b@c/',
  'http://host/p?a=1 2&b=\'#frag ment', 'mailto:someone@example.com', 'data:text/plain,hello world', 'urn:isbn:123',
  'a:b c?d', 'a:b c#d', 'http:/x', 'http:x', 'https:\\\\x\\y', 'http://x/\u00e9?\u00e9#\u00e9', 'HTTP://X.COM/', 'Http://x',
  'x', '', '//x', '?q', '#h', 'http://', 'http://a b', 'http://a<b', 'http://a^b', 'http://xn--/', 'http://xn--a.com',
  'http://\u00ad.com', 'http://a..b', 'http://.a', 'http://a./', 'sc://host/a/../..', 'sc://host/..', 'sc://host/a/..', 'http://[::1]:/', 'http://x:/', 'git+ssh://git@github.com:a/b.git',
];
for (const input of inputs) {
  try {
    const u = new URL(input);
    console.log(JSON.stringify(input), '->', u.href, '|', u.origin, '|', u.protocol, u.username, u.password, u.host,
      u.hostname, u.port, u.pathname, u.search, u.hash);
  } catch (e) {
    console.log(JSON.stringify(input), 'ERR', e.name, e.code, e.message, e.input, e.base);
  }
}
const bases = ['http://a/b/c/d;p?q', 'file:///C:/dir/file', 'sc://host/path/x', 'about:blank', 'http://[::1]:8080/x/y'];
const rels = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', '..', '../', '../g', '../..', '../../../g', '/./g',
  'g.', '.g', 'g..', '..g', './../g', 'g;x=1/../y', '', './..', 'g/../..', 'http:g', 'http:', 'file:x', 'C|/x', '/C:/y', '\\\\host\\x', 'ht tp://x'];
for (const base of bases) {
  for (const rel of rels) {
    try {
      console.log(JSON.stringify([rel, base]), new URL(rel, base).href);
    } catch (e) {
      console.log(JSON.stringify([rel, base]), 'ERR', e.code, e.input, e.base);
    }
  }
}
console.log(URL.canParse('x'), URL.canParse('x', 'http://a'), URL.canParse('http://a'), URL.canParse('/x', 'bad'));
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new URL('/x', 'bad'); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base); }
console.log(new URL({ toString() { return 'http://obj/'; } }).href, new URL('http://a/\ud800').href);
