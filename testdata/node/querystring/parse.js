// querystring.parse: separators, '+', escapes, repeats, maxKeys, decoders.
const qs = require('querystring');
function show(o) {
  return JSON.stringify(Object.keys(o).map((k) => [k, o[k]]));
}
const cases = [
  [''], ['a'], ['='], ['&'], ['&&'], ['a='], ['=b'], ['a=b=c'], ['a=1&b=2'], ['a=1&a=2&a=3'], ['a[]=1&a[]=2'],
  ['a+b=c+d'], ['a%20b=c%20d'], ['a=%E4%B8%AD%E6%96%87'], ['a=%zz'], ['a=%zz%41'], ['a=%E4%B8'], ['a=%ff%fe'],
  ['a=%'], ['a=%4'], ['a=%41%'], ['%%41=1'], ['a=1;b=2', ';'], ['a:1;b:2', ';', ':'], ['a==1', '&', '=='],
  ['a=1&&b=2', '&&'], ['aab', 'ab'], ['a=1ab=2', 'ab'], ['a=b', null, null], ['a=b', '', ''],
  ['&&&a=1&b=2', null, null, { maxKeys: 2 }], ['a=1&&&b=2', null, null, { maxKeys: 2 }],
  ['a=1&b=2&c=3', null, null, { maxKeys: 0 }], ['a=1&b=2&c=3', null, null, { maxKeys: -1 }], ['a=1&b=2&c=3', null, null, { maxKeys: 1 }],
  ['a%20b=c', null, null, { decodeURIComponent: (s) => s.toUpperCase() }],
  ['a+b=c%zz', null, null, { decodeURIComponent: (s) => s.toUpperCase() }],
  ['a=1', null, null, { decodeURIComponent: () => { throw new Error('x'); } }],
  ['a=%41+b', null, null, { decodeURIComponent: () => { throw new Error('x'); } }],
  ['__proto__=1&constructor=2&hasOwnProperty=3'], ['toString=1&toString=2'],
  ['é=ü&%C3%A9=x'], ['a=\ud83d\ude00'], ['a=%F0%9F%98%80'], ['a=%F0%9F%98'], ['a=%C0%80'], ['a=%ED%A0%80'],
];
cases.forEach((c, i) => console.log(i, JSON.stringify(c.slice(0, 3)), show(qs.parse(...c))));
const r = qs.parse('x=1&y=2&x=3');
console.log(Object.getPrototypeOf(r), Array.isArray(r.x), qs.decode === qs.parse);
console.log(JSON.stringify(qs.parse(5)), JSON.stringify(qs.parse(null)));
