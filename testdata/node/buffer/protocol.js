// A realistic binary protocol: build and parse a DNS query and a framed
// message stream with Buffer methods only.
function encodeName(name) {
  const parts = name.split('.').map((label) => {
    const b = Buffer.from(label, 'ascii');
    return Buffer.concat([Buffer.from([b.length]), b]);
  });
  return Buffer.concat([...parts, Buffer.alloc(1)]);
}
function dnsQuery(id, name, type) {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2);
  header.writeUInt16BE(1, 4);
  const q = Buffer.alloc(4);
  q.writeUInt16BE(type, 0);
  q.writeUInt16BE(1, 2);
  return Buffer.concat([header, encodeName(name), q]);
}
const pkt = dnsQuery(0xbeef, 'www.example.com', 28);
console.log(pkt.toString('hex'), pkt.length);
let off = 12;
const labels = [];
while (pkt[off] !== 0) {
  const len = pkt.readUInt8(off);
  labels.push(pkt.toString('ascii', off + 1, off + 1 + len));
  off += len + 1;
}
console.log(pkt.readUInt16BE(0).toString(16), labels.join('.'), pkt.readUInt16BE(off + 1), pkt.readUInt16BE(off + 3));
// length-prefixed frames split across arbitrary chunks
const frames = ['hello', 'wörld', '', 'x'.repeat(300), '😀'];
const wire = Buffer.concat(frames.map((s) => {
  const body = Buffer.from(s);
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32LE(body.length);
  return Buffer.concat([head, body]);
}));
for (const chunkSize of [1, 3, 7, 64, 1000]) {
  let pending = Buffer.alloc(0);
  const out = [];
  for (let i = 0; i < wire.length; i += chunkSize) {
    pending = Buffer.concat([pending, wire.subarray(i, i + chunkSize)]);
    while (pending.length >= 4) {
      const n = pending.readUInt32LE(0);
      if (pending.length < 4 + n) break;
      out.push(pending.toString('utf8', 4, 4 + n));
      pending = pending.subarray(4 + n);
    }
  }
  console.log(chunkSize, out.length, out.map((s) => s.length).join(','), out[1], out[4], pending.length);
}
// base64 and hex round trips of binary data, as in tokens and digests
const bin = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 255));
console.log(bin.toString('base64'));
console.log(bin.toString('base64url'));
console.log(Buffer.from(bin.toString('base64url'), 'base64').equals(bin), Buffer.from(bin.toString('hex'), 'hex').equals(bin));
const jwtPart = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
console.log(jwtPart, JSON.parse(Buffer.from(jwtPart, 'base64url').toString()));
// checksum over a buffer
let sum = 0;
for (const byte of bin) sum = (sum + byte) & 0xffff;
console.log(sum, bin.readUInt32BE(60), bin.readInt16LE(10), bin.indexOf(bin.subarray(20, 24)), bin.lastIndexOf(bin[5]));
