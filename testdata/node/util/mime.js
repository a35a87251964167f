// util.MIMEType and util.MIMEParams: parsing, normalisation, serialisation, setters, errors.
const { MIMEType, MIMEParams, inspect } = require('util');
const inputs = [
  'text/html', 'Text/HTML; Charset="utf-8"; foo=bar;empty=;q="a\\"b"', '  application/json  ', 'a/b;c=""',
  'text/plain;charset=utf-8;charset=latin1', 'text/plain; a=1 ; b = 2', 'text/plain;A=UPPER', 'image/svg+xml',
  'multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW', 'text/plain;x="unterminated', 'text/plain;x="a";y=b',
  'text/plain;=novalue;name', 'text/plain;name=', 'text/plain;name="with space"', 'text/plain;\u00e9=1', 'text/plain;x=\u00e9',
  'bad', 'text/', '/plain', 'te xt/plain', 'text/pla in', '', 'text/plain;;;a=b', 'text/plain\t;\ta=b',
];
for (const s of inputs) {
  try {
    const m = new MIMEType(s);
    console.log(JSON.stringify(s), '->', String(m), m.type, m.subtype, m.essence, JSON.stringify([...m.params]), JSON.stringify(m));
  } catch (e) {
    console.log(JSON.stringify(s), 'ERR', e.name, e.code, e.message);
  }
}
const m = new MIMEType('text/html;charset=utf-8');
m.type = 'Application';
m.subtype = 'XHTML+XML';
m.params.set('x', 'y z');
m.params.set('q', 'a"b\\c');
m.params.delete('charset');
console.log(String(m), m.params.has('x'), m.params.get('x'), m.params.get('none'), [...m.params.keys()], [...m.params.values()]);
for (const fn of [() => { m.type = 'a b'; }, () => { m.subtype = ''; }, () => m.params.set('bad name', 'v'), () => m.params.set('n', '\u0100')]) {
  try { fn(); } catch (e) { console.log(e.code, e.message); }
}
console.log(inspect(m), inspect(new MIMEParams()), String(new MIMEParams()), typeof MIMEType, typeof MIMEParams);
for (const [k, v] of new MIMEType('a/b;x=1;y=2').params) console.log(k, v);
