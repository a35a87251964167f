// setEncoding with multi-byte characters split across chunks, and
// string_decoder directly.
const { Readable, PassThrough } = require('stream');
const { StringDecoder } = require('string_decoder');
const log = (...a) => console.log(...a);

const euro = Buffer.from('€'); // e2 82 ac
const smile = Buffer.from('😀'); // f0 9f 98 80
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  log('encoding', r.readableEncoding);
  r.on('data', (d) => log('data', JSON.stringify(d), d.length));
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push(Buffer.concat([Buffer.from('a'), smile.subarray(0, 2)]));
  r.push(smile.subarray(2));
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(null);
  r.on('end', () => log('end'));
}

setTimeout(() => {
  const p = new PassThrough({ encoding: 'hex' });
  p.on('data', (d) => log('hex', d));
  p.write('hi');
  p.end(Buffer.from([1, 2, 255]));
  const b = new PassThrough();
  b.setEncoding('base64');
  b.on('data', (d) => log('base64', d));
  b.write('a');
  b.write('bc');
  b.end('d');
  const r = new Readable({ read() {} });
  r.push('before');
  r.setEncoding('utf16le');
  r.push(Buffer.from('hé', 'utf16le'));
  r.push(null);
  r.on('data', (d) => log('utf16', JSON.stringify(d)));
  const r2 = new Readable({ read() {} });
  r2.push('ab');
  r2.setEncoding('latin1');
  log('read(1)', r2.read(1), r2.readableLength);
}, 5);

setTimeout(() => {
  const cases = [
    ['utf8', [[0xe2], [0x82, 0xac, 0x41], [0xf0, 0x9f], [0x98], [0x80]]],
    ['utf8', [[0xe2, 0x41], [0x80, 0x80], [0xc3]]],
    ['utf8', [[0xff, 0xfe, 0xc0, 0xaf], [0xed, 0xa0, 0x80]]],
    ['utf16le', [[0x61], [0x00, 0x3d, 0xd8], [0x00, 0xde], [0x62]]],
    ['base64', [[1], [2, 3, 4], [5]]],
    ['base64url', [[0xfb, 0xff], [0xbf]]],
    ['hex', [[0, 15], [16, 255]]],
    ['latin1', [[0xe9, 0x41]]],
    ['ascii', [[0xe9, 0x41]]],
  ];
  for (const [enc, chunks] of cases) {
    const d = new StringDecoder(enc);
    const parts = chunks.map((c) => d.write(Buffer.from(c)));
    log(enc, d.encoding, JSON.stringify(parts), JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
  }
  const d = new StringDecoder('utf-8');
  log(d.encoding, JSON.stringify(d.write('str')), JSON.stringify(d.end(Buffer.from([0xe2, 0x82]))));
  const d2 = new StringDecoder('UCS2');
  log(d2.encoding, JSON.stringify(d2.write(new Uint16Array([0x41, 0x42]))));
  log(new StringDecoder().encoding, new StringDecoder('binary').encoding);
  d.write(Buffer.from([0xf0]));
  log('lastNeed', d.lastNeed, d.lastTotal, d.lastChar[0]);
  for (const bad of ['nope', 123]) {
    try {
      new StringDecoder(bad);
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }
  try {
    new StringDecoder('utf8').write(42);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}, 10);
