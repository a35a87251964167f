// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode.
const url = require('url');
console.log(url.urlToHttpOptions(new URL('https://user:p%40ss@[::1]:8080/a b?x=1#f')));
console.log(url.urlToHttpOptions(new URL('http://example.com/')));
for (const p of ['/tmp/a b%?#/ü\\x\n', '/tmp/dir/', '/', '/a/./b/../c', '/tab\there']) console.log(url.pathToFileURL(p).href);
console.log(url.pathToFileURL('rel/x').href === `file://${process.cwd()}/rel/x`);
console.log(url.fileURLToPath('file:///tmp/a%20b'), url.fileURLToPath(new URL('file:///x/%C3%BC')), url.fileURLToPath('file://localhost/etc/hosts'));
for (const bad of ['http://x/', 'file://host/x', 'file:///a%2fb', 'file:///a%2Fb', 5, {}, 'not a url']) {
  try { console.log(url.fileURLToPath(bad)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const d of ['español.com', 'xn--iñvalid.com', 'EXAMPLE.com', 'a b', '💩.la', 'xn--ls8h.la', '']) {
  console.log(JSON.stringify([d, url.domainToASCII(d), url.domainToUnicode(d)]));
}
try { url.domainToASCII(); } catch (e) { console.log(e.name, e.code, e.message); }
const blobURL = URL.createObjectURL(new Blob(['hi']));
console.log(blobURL.replace(/[0-9a-f-]{36}/, 'UUID'), new URL(blobURL).origin);
URL.revokeObjectURL(blobURL);
URL.revokeObjectURL('nonsense');
for (const bad of [() => URL.createObjectURL('x'), () => URL.revokeObjectURL()]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}

for (const d of ['1.2.3', '0x7f.1', '[::1]', 'a%41b', 'A.B.', 'xn--ls8h.LA', 'faß.de', 'ab--c.com', '-x.com', 'x_y.com', 'a..b', '.', '%zz', 'é.%C3%A9']) console.log(JSON.stringify([d, url.domainToASCII(d), url.domainToUnicode(d)]));
