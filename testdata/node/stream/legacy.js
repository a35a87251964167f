// The legacy Stream class, its pipe(), Readable.wrap, instanceof checks
// and the module's shape.
const stream = require('stream');
const { Stream, Readable, Writable, Duplex, Transform, PassThrough } = stream;
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

log(typeof stream, stream === Stream, Stream.Stream === Stream, stream.Readable === require('stream').Readable);
log(new Stream() instanceof EventEmitter, new Readable() instanceof Stream);
const d = new Duplex();
log(d instanceof Readable, d instanceof Writable, d instanceof Duplex);
log(new Transform() instanceof Duplex, new PassThrough() instanceof Transform);
log(new Readable() instanceof Writable, {} instanceof Writable);
log(typeof stream.pipeline, typeof stream.finished, typeof stream.promises.pipeline, typeof stream.promises.finished);
log(typeof stream.addAbortSignal, typeof stream.compose, typeof stream.duplexPair, typeof stream.destroy);
log(typeof stream.isReadable, typeof stream.isErrored, typeof stream.isDisturbed);
log(require('stream/promises') === stream.promises);
log(require('util').promisify(stream.pipeline) === stream.promises.pipeline);
log(Object.keys(stream).sort().join(','));
log(require('_stream_readable') === Readable, require('_stream_passthrough') === PassThrough);
log(Readable.name, Writable.name, Duplex.name, Transform.name, PassThrough.name);
log(typeof Readable.prototype.map, typeof Readable.prototype.toArray);

const old = new Stream();
old.readable = true;
const dest = new Writable({ write(c, e, cb) { log('legacy dest got', String(c)); cb(); } });
old.pipe(dest);
old.emit('data', 'one');
old.emit('data', 'two');
old.emit('end');
dest.on('finish', () => log('legacy dest finish'));

const src = new EventEmitter();
src.pause = () => log('old pause');
src.resume = () => log('old resume');
const wrapped = new Readable({ highWaterMark: 2 }).wrap(src);
wrapped.on('data', (d) => log('wrapped data', String(d)));
wrapped.on('end', () => log('wrapped end'));
src.emit('data', Buffer.from('xyz'));
src.emit('end');

log(stream.isReadable(new Readable()), stream.isDisturbed(new Readable()));
const r = Readable.from(['a']);
r.resume();
r.on('end', () => log('after end', stream.isReadable(r), stream.isDisturbed(r), stream.isErrored(r)));
