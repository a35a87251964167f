// Legacy url.parse/format/resolve on generated inputs.
const url = require('url');
let seed = 4242;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const parts = ['http:', 'HTTPS:', 'mailto:', 'file:', 'javascript:', 'x:', '//', '/', '\\', 'user', ':', '@', 'host.com', 'HOST', '[::1]', '8080', '?', '#', 'a=b', '&', ' ', '%20', 'é', '..', '.', 'p', '"', '<', '|', '^', '{', ';', '%', "'", '`', '\t', 'xn--ls8h', '💩'];
const outs = [];
for (let i = 0; i < 600; i++) {
  let s = '';
  const n = 1 + rand(9);
  for (let j = 0; j < n; j++) s += parts[rand(parts.length)];
  let line;
  try {
    const u = url.parse(s, rand(2) === 0, rand(3) === 0);
    line = `${JSON.stringify(s)} ${JSON.stringify(u)} ${url.format(u)}`;
  } catch (e) {
    line = `${JSON.stringify(s)} ERR ${e.code}`;
  }
  console.log(line);
}
for (let i = 0; i < 200; i++) {
  const a = ['http://a/b/c', 'http://a/b/', 'mailto:x@y', '/p/q', 'file:///x/y', 'http://u:p@h:1/x?y#z', 'a/b', ''][rand(8)];
  const b = ['..', '../x', '/y', '//h2/z', '?q', '#f', 'x', '.', 'https://n/', 'mailto:z', '', '../../..', 'g/./h/../i'][rand(13)];
  console.log(JSON.stringify([a, b]), url.resolve(a, b));
}
