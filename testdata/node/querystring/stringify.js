// querystring.stringify/escape/unescape: encoding rules and value kinds.
const qs = require('querystring');
const objs = [
  { a: 1, b: 'two', c: true, d: false, e: null, f: undefined, g: NaN, h: Infinity, i: 1e21, j: -0, k: 10n },
  { arr: [1, 2, 'x'], empty: [], nested: { x: 1 }, fn() {} },
  { 'sp ace': 'a b', 'ü': '中文', sym: "!'()*-._~", reserved: ':/?#[]@$&+,;=%' },
  { '': '', x: '' },
  {},
];
for (const o of objs) {
  console.log(qs.stringify(o));
  console.log(qs.stringify(o, ';', ':'));
  console.log(qs.stringify(o, null, null, { encodeURIComponent: (s) => `<${s}>` }));
}
console.log(JSON.stringify([qs.stringify('x'), qs.stringify(5), qs.stringify(null), qs.stringify([1, 2])]));
console.log(qs.escape('a b&c=d/é\u20ac\ud83d\ude00'), qs.escape(123), qs.escape({ toString() { return 'o k'; } }), qs.escape([1, 2]));
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(1, qs.stringify({ a: '\udc00x', b: '\ud800\ud800' }));
try { qs.stringify({ a: 'x\udc00' }); } catch (e) { console.log(e.name, e.code, e.message); }
for (const s of ['a%20b', 'a+b', '%E4%zz+', '%zz', '%C3%A9%', '%41%42']) {
  console.log(1, JSON.stringify([qs.unescape(s), qs.unescape(s, true)]));
}
console.log(qs.encode === qs.stringify, typeof qs.unescapeBuffer);
const original = qs.escape;
qs.escape = (s) => `[${s}]`;
console.log(qs.stringify({ a: 'b c' }));
qs.escape = original;
const unesc = qs.unescape;
qs.unescape = (s) => s.toLowerCase();
console.log(JSON.stringify(qs.parse('A=B%20C')));
qs.unescape = unesc;
console.log(JSON.stringify(qs.parse(qs.stringify({ round: 'trip & more = yes', list: ['1', '2'] }))));
for (const s of ['a%zz%41b+c', 'abc', 'é%41', '%e4%b8%ad']) {
  const b = qs.unescapeBuffer(s, true);
  console.log(1, Buffer.isBuffer(b), b.length, JSON.stringify(Array.from(b)), b.toString());
}
