// util.inspect of streams, their states and a StringDecoder: the state
// objects keep Node's shape (bit field, symbol slots).
const {Readable,Writable,Duplex,Transform,PassThrough}=require('stream');
console.log(new Writable());
const d = new Duplex({read(){}, write(c,e,cb){ setTimeout(cb, 1) }});
d.write('abc', () => {});
d.write('x');
d.push('data');
d.setEncoding('utf8');
console.log(d);
const t = new Transform({objectMode: true, transform(c,e,cb){cb(null,c)}});
t.on('data', ()=>{});
t.end(1);
setImmediate(() => console.log(t));
const r = new Readable({read(){}});
r.pipe(new PassThrough());
console.log(r._readableState);
const {StringDecoder}=require('string_decoder');
const hexd = new StringDecoder('hex');
console.log(hexd);
hexd.write(Buffer.from([0xe2]));
const u = new StringDecoder();
u.write(Buffer.from([0xe2, 0x82]));
console.log(u, u.lastChar, Object.keys(u));
console.log(u.end(), u);
