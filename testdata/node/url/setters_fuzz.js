// URL setters on generated values (ada's port and non-special host quirks included).
let seed = 777;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const parts = ['a', 'B', ':', '@', '/', '\\', '?', '#', '.', '..', '%', '%41', ' ', '80', '443', '[::1]', 'x.com', 'é', 'ß', '|', '\t', 'file', 'http', 'sc', '0x10', '-', '+'];
const starts = ['https://u:p@example.com:8080/p/a?q=1#h', 'file:///tmp/x', 'file://host/x', 'mailto:a@b', 'sc://host/p', 'sc:/p', 'http://h/', 'blob:http://x/y', 'ws://w/'];
const props = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
for (let i = 0; i < 1500; i++) {
  const u = new URL(starts[rand(starts.length)]);
  const prop = props[rand(props.length)];
  let v = '';
  const n = rand(5);
  for (let j = 0; j < n; j++) v += parts[rand(parts.length)];
  u[prop] = v;
  console.log(prop, JSON.stringify(v), u.href, u.host, u.pathname);
}
