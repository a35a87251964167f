// URLSearchParams parsing/serialization and URL.search on generated inputs (Node's decode fallback included).
let seed = 2024;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const parts = ['a', 'b', '=', '&', '+', '%', '%2', '%20', '%41', '%zz', '%E4%B8%AD', '%E4', '%C3%A9', ';', '?', '#', 'é', ' ', '%25', '%2B', '~', '*', "'", '(', '!', '\ud83d\ude00', '\ud800', '\u0000'];
for (let i = 0; i < 1000; i++) {
  let s = '';
  const n = rand(10);
  for (let j = 0; j < n; j++) s += parts[rand(parts.length)];
  const p = new URLSearchParams(s);
  const u = new URL('http://h/');
  u.search = s;
  console.log(JSON.stringify(s), JSON.stringify([...p]), p.toString(), u.search, u.searchParams.toString());
}
