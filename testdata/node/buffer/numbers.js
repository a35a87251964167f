// read/write integers and floats at their boundaries, both byte orders.
const b = Buffer.alloc(16);
const hex = () => b.toString('hex');
const sizes = [1, 2, 3, 4, 5, 6];
for (const n of sizes) {
  const umax = 2 ** (8 * n) - 1;
  const smin = -(2 ** (8 * n - 1));
  const smax = 2 ** (8 * n - 1) - 1;
  for (const v of [0, 1, umax, Math.floor(umax / 3), 0x12345678 % (umax + 1)]) {
    b.fill(0);
    const endLE = b.writeUIntLE(v, 1, n);
    const le = hex();
    const endBE = b.writeUIntBE(v, 1, n);
    console.log('uint', n, v, endLE, le, endBE, hex(), b.readUIntLE(1, n), b.readUIntBE(1, n));
  }
  for (const v of [smin, -1, 0, 1, smax, -12345 % (smax + 1)]) {
    b.fill(0xaa);
    b.writeIntLE(v, 2, n);
    const le = hex();
    b.writeIntBE(v, 2, n);
    console.log('int', n, v, le, hex(), b.readIntLE(2, n), b.readIntBE(2, n));
  }
}
const fixed = [
  ['UInt8', 1, 0, 255], ['Int8', 1, -128, 127],
  ['UInt16LE', 2, 0, 65535], ['UInt16BE', 2, 0, 65535], ['Int16LE', 2, -32768, 32767], ['Int16BE', 2, -32768, 32767],
  ['UInt32LE', 4, 0, 4294967295], ['UInt32BE', 4, 0, 4294967295], ['Int32LE', 4, -2147483648, 2147483647], ['Int32BE', 4, -2147483648, 2147483647],
];
for (const [name, size, min, max] of fixed) {
  for (const v of [min, max, 0, 1.9, -0.5, min + 1, '7', true, null]) {
    b.fill(0);
    try {
      const end = b['write' + name](v, 3);
      console.log(name, v, end, hex(), b['read' + name](3), b['read' + name.replace('UInt', 'Uint')](3));
    } catch (e) {
      console.log(name, v, e.code, e.message);
    }
  }
  for (const v of [min - 1, max + 1]) {
    try { b['write' + name](v); } catch (e) { console.log(name, v, e.code, e.message); }
  }
  for (const off of [-1, 16 - size + 1, 1.5, '0', undefined]) {
    try { console.log(name, 'read', off, b['read' + name](off)); } catch (e) { console.log(name, 'read', off, e.code, e.message); }
  }
}
for (const v of [0n, 1n, 2n ** 64n - 1n, 2n ** 63n, 0x0102030405060708n]) {
  b.fill(0);
  b.writeBigUInt64LE(v, 1); const le = hex();
  b.writeBigUInt64BE(v, 8);
  console.log('biguint', v, le, hex(), b.readBigUInt64LE(1), b.readBigUInt64BE(8), b.readBigUint64LE(1));
}
for (const v of [-(2n ** 63n), -1n, 0n, 2n ** 63n - 1n, -0x0102030405060708n]) {
  b.fill(0);
  b.writeBigInt64LE(v, 0); const le = hex();
  b.writeBigInt64BE(v, 8);
  console.log('bigint', v, le, hex(), b.readBigInt64LE(0), b.readBigInt64BE(8));
}
for (const v of [0, -0, 1.5, -2.25, Math.PI, 1e300, -1e-300, Infinity, -Infinity, NaN, 3.4e38, 1e39, 2 ** -149, 'x', '2.5']) {
  b.fill(0);
  b.writeFloatLE(v, 0); b.writeFloatBE(v, 4); b.writeDoubleLE(v, 8);
  const h1 = hex();
  b.writeDoubleBE(v, 8);
  console.log('float', v, h1, hex(), b.readFloatLE(0), b.readFloatBE(4), b.readDoubleBE(8), Object.is(b.readFloatLE(0), -0));
}
console.log(b.writeDoubleLE(1), b.writeFloatBE(1, 12), b.writeUInt8(1, 15), b.writeUint16BE(1, 14), b.writeInt32LE(-1), b.writeUIntLE(1, 0, 6));
const r = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
console.log(r.readUInt16LE(), r.readUInt16BE(8), r.readInt32BE(), r.readUIntBE(4, 6), r.readIntLE(0, 3), r.readDoubleLE(2), r.readFloatBE(6));
const s = Buffer.from('0102030405060708', 'hex');
console.log(s.swap16().toString('hex'), s.swap32().toString('hex'), s.swap64().toString('hex'), Buffer.alloc(0).swap16().length);
const big = Buffer.alloc(256); for (let i = 0; i < 256; i++) big[i] = i;
console.log(Buffer.from(big).swap16().toString('hex').slice(0, 32), Buffer.from(big).swap32().toString('hex').slice(-32), Buffer.from(big).swap64().toString('hex').slice(0, 40));
