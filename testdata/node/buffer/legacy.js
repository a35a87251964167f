// Deprecated constructors: new Buffer(), Buffer(), SlowBuffer.
const { SlowBuffer } = require('buffer');
const a = new Buffer(4);
const b = Buffer('abc');
const c = new Buffer([1, 2, 3]);
const d = new Buffer('6869', 'hex');
const e = Buffer(new ArrayBuffer(8), 2, 4);
console.log(a.length, a instanceof Buffer, b.toString(), c.toString('hex'), d.toString(), e.length, e.byteOffset);
const s = SlowBuffer(3);
console.log(s.length, s instanceof Buffer, Buffer.isBuffer(s));
try { new Buffer(-1); } catch (err) { console.log(err.code, err.message); }
try { Buffer(1, 'utf8'); } catch (err) { console.log(err.code, err.message); }
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message.slice(0, 30)));
new Buffer(1);
