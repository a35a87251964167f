// TextDecoder: labels, fatal, ignoreBOM, streaming with split characters.
const cps = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
for (const l of ['utf8', 'UTF-8 ', ' unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'UTF-16LE', 'ucs-2', 'unicode', 'iso-8859-1', 'us-ascii', 'ascii', 'latin1', 'windows-1252', 'l1', 'utf-16be', 'bogus', '', 'utf-32']) {
  try { console.log(JSON.stringify(l), new TextDecoder(l).encoding); } catch (e) { console.log(JSON.stringify(l), e.name, e.code, e.message); }
}
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM, new TextDecoder(undefined, { fatal: 1, ignoreBOM: 'yes' }).fatal);
const inputs = [[], [0x41], [0xef, 0xbb, 0xbf, 0x41], [0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xe2, 0x82, 0xac], [0xe2, 0x82], [0xff, 0x41], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0x80], [0xf4, 0x90, 0x80, 0x80]];
for (const bytes of inputs) {
  const u = new Uint8Array(bytes);
  const r = [cps(new TextDecoder().decode(u)), cps(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u))];
  try { r.push(cps(new TextDecoder('utf-8', { fatal: true }).decode(u))); } catch (e) { r.push(e.name + ' ' + e.code + ' ' + e.message); }
  console.log('utf8', bytes.join(','), '|', r.join(' | '));
}
const u16 = [[0x41, 0x00], [0xff, 0xfe, 0x41, 0x00], [0x00, 0xd8], [0x00, 0xd8, 0x41], [0x00, 0xdc, 0x41, 0x00], [0x3d, 0xd8, 0x00, 0xde], [0x41], [0x41, 0x00, 0x42], [0x00, 0xd8, 0x41, 0x00]];
for (const bytes of u16) {
  const u = new Uint8Array(bytes);
  const r = [cps(new TextDecoder('utf-16le').decode(u)), cps(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(u))];
  try { r.push(cps(new TextDecoder('utf-16le', { fatal: true }).decode(u))); } catch (e) { r.push(e.name + ' ' + e.code + ' ' + e.message); }
  console.log('utf16', bytes.join(','), '|', r.join(' | '));
}
console.log(cps(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0x41, 0xff, 0x81, 0x9f, 0xef, 0xbb, 0xbf]))));
// streaming: every split point of a mixed string
const text = 'a€😀é\u0000z';
const bytes = Buffer.from(text);
for (let i = 0; i <= bytes.length; i++) {
  const dec = new TextDecoder();
  const out = dec.decode(bytes.subarray(0, i), { stream: true }) + dec.decode(bytes.subarray(i));
  console.log('split', i, out === text);
}
// byte-at-a-time
const one = new TextDecoder();
let acc = '';
for (const byte of bytes) acc += one.decode(new Uint8Array([byte]), { stream: true });
acc += one.decode();
console.log('bytewise', acc === text, JSON.stringify(acc));
// streamed BOM and incomplete tails
const s = new TextDecoder();
console.log(JSON.stringify(s.decode(new Uint8Array([0xef]), { stream: true })), JSON.stringify(s.decode(new Uint8Array([0xbb, 0xbf, 0x41, 0xe2]), { stream: true })), JSON.stringify(s.decode(new Uint8Array([0x82]), { stream: true })), JSON.stringify(s.decode()), JSON.stringify(s.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
const s2 = new TextDecoder();
console.log(JSON.stringify(s2.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), JSON.stringify(s2.decode()));
const s3 = new TextDecoder('utf-8', { fatal: true });
try { s3.decode(new Uint8Array([0xe2]), { stream: true }); s3.decode(); } catch (e) { console.log('fatal tail', e.code); }
console.log(JSON.stringify(s3.decode(new Uint8Array([0x41]))));
const s16 = new TextDecoder('utf-16le');
console.log(cps(s16.decode(new Uint8Array([0x3d]), { stream: true })), cps(s16.decode(new Uint8Array([0xd8, 0x00]), { stream: true })), cps(s16.decode(new Uint8Array([0xde]))));
// input types
console.log(JSON.stringify(new TextDecoder().decode()), JSON.stringify(new TextDecoder().decode(new ArrayBuffer(2))), JSON.stringify(new TextDecoder().decode(new DataView(new Uint8Array([65, 66]).buffer))), JSON.stringify(new TextDecoder().decode(new Uint16Array([0x4241]))), JSON.stringify(new TextDecoder().decode(Buffer.from('buf'))));
for (const bad of ['abc', 5, {}, null]) {
  try { new TextDecoder().decode(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new TextDecoder('utf-8', 5); } catch (e) { console.log(e.code, e.message); }
console.log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.keys(TextDecoder.prototype));
try { TextDecoder.prototype.decode.call({}); } catch (e) { console.log(e.code, e.message); }
