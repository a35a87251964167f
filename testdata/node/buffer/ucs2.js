// UTF-16LE specifics: odd lengths, surrogates, search alignment, writes.
const s = 'aé€😀\ud800z';
const b = Buffer.from(s, 'utf16le');
console.log(b.toString('hex'), b.length, b.toString('utf16le') === s, Buffer.byteLength(s, 'ucs2'));
console.log(JSON.stringify(b.toString('ucs2', 1)), JSON.stringify(b.toString('ucs2', 0, 5)), JSON.stringify(b.subarray(0, 3).toString('ucs2')));
const w = Buffer.alloc(7);
console.log(w.write('abcd', 'utf16le'), w.toString('hex'), w.write('xyz', 1, 'ucs2'), w.toString('hex'), w.write('€', 5, 'ucs2'), w.toString('hex'));
const hay = Buffer.from('abcabc', 'utf16le');
console.log(hay.indexOf('c', 0, 'ucs2'), hay.indexOf('c', 5, 'ucs2'), hay.indexOf('c', 6, 'ucs2'), hay.lastIndexOf('a', undefined, 'ucs2'), hay.lastIndexOf('a', 5, 'ucs2'), hay.includes('ca', 'ucs2'), hay.indexOf('', 3, 'ucs2'));
const odd = Buffer.from([0x61, 0x00, 0x62, 0x00, 0x63]);
console.log(odd.indexOf('b', 0, 'utf16le'), odd.toString('utf16le'), odd.swap16 === Buffer.prototype.swap16);
console.log(Buffer.from('\ud83d\ude00', 'ucs2').toString('hex'), Buffer.from('\ude00\ud83d', 'ucs2').toString('utf8'), JSON.stringify(Buffer.from([0x3d, 0xd8]).toString('ucs2')));
console.log(Buffer.alloc(6, 'ab', 'ucs2').toString('hex'), Buffer.alloc(5, '€', 'utf16le').toString('hex'));
