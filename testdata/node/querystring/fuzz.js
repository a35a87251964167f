// querystring parse/stringify/escape/unescape on generated inputs, separators and maxKeys.
const qs = require('querystring');
let seed = 5150;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const parts = ['a', 'b', '=', '&', '+', '%', '%2', '%20', '%41', '%zz', '%E4%B8%AD', '%E4', '%C3%A9', ';', ':', '==', '&&', 'é', ' ', '%25', '%2B', '__proto__', 'x[]', '\ud83d\ude00'];
const seps = [undefined, '&', ';', '&&', 'ab', '', null, 0, '='];
const eqs = [undefined, '=', ':', '==', 'b', '', null];
for (let i = 0; i < 1500; i++) {
  let s = '';
  const n = rand(10);
  for (let j = 0; j < n; j++) s += parts[rand(parts.length)];
  const sep = seps[rand(seps.length)];
  const eq = eqs[rand(eqs.length)];
  const opts = rand(3) === 0 ? { maxKeys: rand(4) } : undefined;
  const o = qs.parse(s, sep, eq, opts);
  console.log(JSON.stringify([s, sep, eq, opts]), JSON.stringify(Object.entries(o)), qs.stringify(o, sep, eq));
}
for (let i = 0; i < 300; i++) {
  let s = '';
  const n = rand(6);
  for (let j = 0; j < n; j++) s += parts[rand(parts.length)];
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), qs.escape(s));
}
