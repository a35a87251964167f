// Exported names, function names/lengths and URL/URLSearchParams prototypes of every module in this area.
for (const m of ['assert', 'assert/strict', 'path', 'path/posix', 'path/win32', 'querystring', 'url', 'os']) {
  const mod = require(m);
  const desc = Object.keys(mod).map((k) => {
    const v = mod[k];
    return typeof v === 'function' ? `${k}:${v.name}/${v.length}` : `${k}:${typeof v}`;
  });
  console.log(m, typeof mod, typeof mod === 'function' ? `${mod.name}/${mod.length}` : '', desc.join(' '));
}
const { URL, URLSearchParams } = require('url');
for (const C of [URL, URLSearchParams]) {
  console.log(C.name, C.length, Object.getOwnPropertyNames(C.prototype).map((k) => {
    const d = Object.getOwnPropertyDescriptor(C.prototype, k);
    return `${k}:${d.get ? 'get' : ''}${d.set ? 'set' : ''}${typeof d.value === 'function' ? d.value.length : ''}${d.enumerable ? 'e' : ''}`;
  }).join(' '), Object.getOwnPropertyNames(C).join(','));
}
console.log(require('assert').AssertionError.name, require('assert').AssertionError.length, require('url').Url.length);
const parsed = URL.parse('/p?q', 'http://h');
console.log(parsed instanceof URL, parsed.href, URL.parse('bad'), parsed.searchParams.get('q'));
