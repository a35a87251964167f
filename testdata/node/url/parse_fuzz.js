// WHATWG URL parsing on generated inputs and bases.
let seed = 31337;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const parts = ['http:', 'https:', 'file:', 'sc:', 'ws:', 'blob:', '//', '/', '\\', '\\\\', 'u', ':', '@', 'h.com', 'H', '[::1]', '[1:2::3]', '1.2.3.4', '0x7f', '.', '..', '%2e', '%2E.', '?', '#', 'a=b', '&', ' ', '%20', '%', 'é', 'ß', 'C|', 'c:', '|', '^', '{', '`', '"', "'", '<', '\t', '\n', 'xn--', '80', '65536', '💩', '%41', '\u0000', '\u00ad'];
const bases = [undefined, 'http://b.com/x/y?q#f', 'file:///C:/d/e', 'sc://h/p/q', 'sc:opaque', 'https://[::1]:8/a/'];
for (let i = 0; i < 1500; i++) {
  let s = '';
  const n = 1 + rand(8);
  for (let j = 0; j < n; j++) s += parts[rand(parts.length)];
  const base = bases[rand(bases.length)];
  let line;
  try {
    const u = base === undefined ? new URL(s) : new URL(s, base);
    line = `${u.href} | ${u.origin} | ${u.host} | ${u.pathname}`;
  } catch (e) {
    line = `ERR ${e.code}`;
  }
  console.log(JSON.stringify([s, base]), line);
}
