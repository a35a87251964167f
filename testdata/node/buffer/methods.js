// Buffer construction and instance methods.
const h = (b) => b.toString('hex');
// from
console.log(h(Buffer.from([1, 2, 300, -1, 1.7, '5', 'x', null])), h(Buffer.from({ length: 3, 0: 9, 2: 7 })), h(Buffer.from({ type: 'Buffer', data: [1, 2] })));
console.log(h(Buffer.from(new Uint16Array([0x102, 0x304]))), h(Buffer.from(new Uint16Array([0x102, 0x304]).buffer)), h(Buffer.from(new Float32Array([1.5]))));
console.log(h(Buffer.from(new String('str'))), h(Buffer.from({ valueOf() { return 'vo'; } })), h(Buffer.from({ [Symbol.toPrimitive]() { return 'tp'; } })), h(Buffer.from({ valueOf() { return [1, 2]; } })));
const ab = new ArrayBuffer(8);
const v1 = Buffer.from(ab, 2, 3); const v2 = Buffer.from(ab, 4); const v3 = Buffer.from(ab, '1', '2'); const v4 = Buffer.from(ab, NaN, -1);
v1[0] = 1; v2[0] = 2;
console.log(h(Buffer.from(ab)), v1.length, v2.length, v3.length, v4.length, v1.byteOffset, v1.buffer === ab, v1.offset, v1.parent === ab);
const src = Buffer.from('abc'); const cp = Buffer.from(src); cp[0] = 0x7a;
console.log(src.toString(), cp.toString(), Buffer.isBuffer(cp), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'));
// alloc & fill
console.log(h(Buffer.alloc(5, 'ab')), h(Buffer.alloc(5, 0x41)), h(Buffer.alloc(4, 'aGk=', 'base64')), h(Buffer.alloc(3, Buffer.from([1, 2]))), h(Buffer.alloc(3, '')), h(Buffer.alloc(3, 257)), h(Buffer.alloc(2, true)), h(Buffer.alloc(0, 'x')), h(Buffer.alloc(6, '€')), h(Buffer.alloc(5, 'abc', 'ucs2')), h(Buffer.alloc(4, 'ff', 'hex')));
console.log(Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(4).length, Buffer.poolSize, typeof require('buffer').SlowBuffer);
const f = Buffer.alloc(10);
console.log(h(f.fill('xy', 2)), h(f.fill('é', 1, 6)), h(f.fill(0)), h(f.fill('abc', 3, 'latin1')), h(f.fill('6162', 5, 9, 'hex')), h(f.fill(-1, 8)), h(f.fill(1.9, 0, 1)), h(f.fill('a', 4, 4)), h(f.fill(new Uint8Array([7, 8]), 1, 4)));
// concat
console.log(h(Buffer.concat([Buffer.from('a'), new Uint8Array([0x62]), Buffer.from('cd')])), h(Buffer.concat([Buffer.from('abc')], 2)), h(Buffer.concat([Buffer.from('abc')], 5)), h(Buffer.concat([])), Buffer.concat([Buffer.alloc(1)], 0).length);
// compare & equals
const a = Buffer.from('abc'), b2 = Buffer.from('abd'), c = Buffer.from('ab');
console.log(Buffer.compare(a, b2), Buffer.compare(b2, a), Buffer.compare(a, c), Buffer.compare(c, a), Buffer.compare(a, Buffer.from('abc')), a.compare(b2), a.compare(b2, 0, 2, 0, 2), a.compare(b2, 2), a.compare(b2, 0, 0), a.compare(b2, 0, 3, 3), a.compare(b2, 1, 2, 1, 2));
console.log(a.equals(Buffer.from('abc')), a.equals(b2), a.equals(new Uint8Array([97, 98, 99])), Buffer.alloc(0).equals(Buffer.alloc(0)), [b2, a, c].sort(Buffer.compare).map(String));
// indexOf / lastIndexOf / includes
const s = Buffer.from('this is a buffer, a fine buffer');
for (const args of [['buffer'], ['buffer', 11], ['buffer', -6], ['buffer', -100], ['a'], [97], [97, 9], [0x61 + 256], ['xyz'], [''], ['', 5], ['', 100], [Buffer.from('fine')], [new Uint8Array([97, 32])], ['6275', 'hex'], ['6275', 0, 'hex'], ['YnVm', 'base64'], ['is', 3], ['is', 3.7], ['is', '3'], ['is', null], ['is', NaN], ['is', {}]]) {
  const r = [];
  for (const m of ['indexOf', 'lastIndexOf', 'includes']) {
    try { r.push(s[m](...args)); } catch (e) { r.push(e.code + ': ' + e.message); }
  }
  console.log('indexOf', JSON.stringify(args), r.join(' | '));
}
const u = Buffer.from('abcabc', 'ucs2');
console.log(u.indexOf('b', 0, 'ucs2'), u.lastIndexOf('b', undefined, 'ucs2'), u.indexOf('c', 3, 'utf16le'), u.indexOf(Buffer.from([0, 0x62])), Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.from('aaa').lastIndexOf('a', -1), Buffer.from('aaa').lastIndexOf('a', -5), Buffer.from('aaa').lastIndexOf('aa', 5));
// copy
const t1 = Buffer.alloc(6, '.');
console.log(Buffer.from('abcdef').copy(t1, 2), t1.toString(), Buffer.from('xyz').copy(t1, 0, 1), t1.toString(), Buffer.from('xyz').copy(t1, 4, 0, 3), t1.toString(), Buffer.from('xyz').copy(t1, 10), Buffer.from('xyz').copy(t1, 0, 2, 1), Buffer.from('xyz').copy(t1, '1', '1.5'), t1.toString(), Buffer.from('xyz').copy(new Uint8Array(2)));
const ov = Buffer.from('0123456789'); ov.copy(ov, 2, 0, 5); console.log(ov.toString());
// slice/subarray share memory
const base = Buffer.from('hello world');
const sl = base.slice(6); sl[0] = 0x57;
console.log(base.toString(), base.slice(-5, -1).toString(), base.slice(3, 1).length, base.subarray(2, 4).toString(), base.slice('1', '3').toString(), base.slice(1.9, 3.2).toString(), base.slice(-100).length, base.slice(0, 100).length, base.slice().length, sl.constructor === Buffer, Object.getPrototypeOf(sl) === Buffer.prototype);
// write
const w = Buffer.alloc(8);
console.log(w.write('hi'), w.write('€€€', 1), h(w), w.write('abc', 6), w.write('zz', 2, 1), w.write('6162', 'hex'), w.write('YWJj', 3, 'base64'), w.write('xy', 0, 'latin1'), w.write('ab', 4, 3, 'ucs2'), h(w), w.write('', 1), w.write('x', 8), w.write('a', 7, 1, 'utf16le'));
// toJSON, iteration, misc
console.log(JSON.stringify(Buffer.from('hi')), JSON.stringify({ b: Buffer.alloc(0) }), [...Buffer.from('ab')], [...Buffer.from('ab').keys()], [...Buffer.from('ab').entries()].join('|'), Array.from(Buffer.from('ab').values()));
console.log(Buffer.from('abc').toLocaleString(), String(Buffer.from('xyz')), Buffer.from('x') + '', Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'latin1'), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('abc', 'bogus'), Buffer.byteLength('😀'), Buffer.byteLength('\ud800'));
console.log(Buffer.from('hello').latin1Slice(1, 3), Buffer.from('hello').hexSlice(), Buffer.from('hello').utf8Slice(2), Buffer.from('hello').base64Slice(), Buffer.from('hello').asciiSlice(0, 1), Buffer.from('hello').ucs2Slice(0, 4));
const ww = Buffer.alloc(4); console.log(ww.utf8Write('ab'), ww.latin1Write('cd', 2), ww.hexWrite('ff', 1), ww.toString('hex'));
console.log(Buffer.of(1, 2, 3).toString('hex'), Buffer.of().length, Buffer.from('abc').map((x) => x + 1).toString(), Buffer.from('abc').reverse().toString(), Buffer.from('cab').sort().toString(), Buffer.from('abc').filter((x) => x > 97).toString(), Buffer.from('abc').at(-1));
console.log(Buffer.name, Buffer.length, Buffer.from.length, Buffer.alloc.length, typeof Buffer.prototype.readUint8, Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer[Symbol.species] === Buffer);
const { transcode, isUtf8, isAscii, constants, kMaxLength, kStringMaxLength } = require('buffer');
console.log(transcode(Buffer.from('€uro'), 'utf8', 'ucs2').toString('hex'), transcode(Buffer.from('héllo€'), 'utf8', 'latin1').toString('hex'), transcode(Buffer.from('héllo€'), 'utf8', 'ascii').toString('hex'), transcode(Buffer.from('hé', 'latin1'), 'latin1', 'utf8').toString('hex'));
console.log(isUtf8(Buffer.from('é')), isUtf8(Buffer.from([0xff])), isUtf8(new ArrayBuffer(2)), isAscii(Buffer.from('abc')), isAscii(Buffer.from('é')), constants.MAX_LENGTH, constants.MAX_STRING_LENGTH, kMaxLength, kStringMaxLength);
console.log(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1).toString('hex'), Buffer.copyBytesFrom(new Uint8Array([5, 6])).toString('hex'));
