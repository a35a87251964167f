// Every encoding in both directions, including invalid input.
const show = (v) => JSON.stringify(v);
const encs = ['utf8', 'utf-8', 'UTF8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'HEX', 'Latin1'];
const strings = ['', 'hello', 'héllo wörld', '€uro', '😀 smile', '\u0000\u007f\u0080\u00ff\u0100', '\ud800', 'a\udc00b', '\udbff\udfff', 'abc\ud83d'];
for (const enc of encs) {
  for (const s of strings) {
    const b = Buffer.from(s, enc);
    console.log(enc, show(s), b.toString('hex'), b.length, Buffer.byteLength(s, enc), show(b.toString(enc)));
  }
}
// invalid utf8 sequences become U+FFFD exactly as V8 does
const bad = [[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x41],
  [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x80],
  [0xe0, 0x80, 0x80], [0xe0, 0xa0, 0x80], [0xc2], [0x41, 0xc2], [0xef, 0xbb, 0xbf, 0x41], [0xfe, 0xff], [0xf3, 0x80, 0x80]];
for (const bytes of bad) {
  const s = Buffer.from(bytes).toString();
  console.log(bytes.map((x) => x.toString(16)).join(' '), show(s), s.length, [...s].map((c) => c.codePointAt(0).toString(16)).join(','));
}
// hex stops at the first invalid pair; odd digit dropped
for (const s of ['abcd', 'abc', 'zzab', 'abzz', 'a', '0g12', 'ABCDEF', 'aB cD', '', '12 34', '1234567']) {
  console.log('hex', show(s), Buffer.from(s, 'hex').toString('hex'), Buffer.byteLength(s, 'hex'));
}
// base64 is lenient: whitespace and junk skipped, '=' ends data
for (const s of ['aGVsbG8=', 'aGVs bG8', 'aGVsbG8', 'aGV\nsbG8=', 'aG=Vsb', 'a', 'ab', 'abc', 'a*b*c*d', 'aGVsbG8=aGVsbG8=', '-_-_', '+/+/', '====', 'ab==cd', 'ab=c', 'abc=d', '', '\t\r\n', 'YQ', 'YWI', 'YWJj', 'Y-_/+A']) {
  console.log('b64', show(s), Buffer.from(s, 'base64').toString('hex'), Buffer.byteLength(s, 'base64'), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64url'));
}
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le']) {
  const s = all.toString(enc);
  console.log(enc, s.length, show(s.slice(0, 40)), show(s.slice(-40)), Buffer.from(s, enc).equals(all));
}
console.log(show(all.toString('utf8')));
console.log(show(all.toString('ascii')));
console.log(Buffer.from([0x41, 0, 0x42]).toString('utf16le').length);
console.log(show(Buffer.from('abc').toString('utf8', 1)), show(Buffer.from('abc').toString('utf8', -1, 2)), show(Buffer.from('abc').toString('hex', 1, 10)), show(Buffer.from('abc').toString(undefined, 2, 1)), show(Buffer.from('abc').toString('latin1', 1.7, 2.9)), show(Buffer.from('abc').toString('utf8', '1', '3')));
// btoa/atob
for (const s of ['', 'a', 'hello', 'ÿ\u0000\u0080']) console.log('btoa', show(s), btoa(s), show(atob(btoa(s))));
for (const s of ['aGVsbG8=', ' aGVs bG8 ', 'YQ', 'YQ==', 'YWI=']) console.log('atob', show(s), show(atob(s)));
console.log(atob(null), btoa(123), btoa(null), atob("  "));
try { atob(undefined); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException, e instanceof Error); }
