// process.stdout/stderr: write callbacks run on the next tick, in order,
// interleaved with console.log exactly as Node does.
const log = (...a) => console.log(...a);
const out = process.stdout;
log(typeof out.write, out.fd, process.stderr.fd, out.writable, out._isStdio, out.writableHighWaterMark);
log(Object.getOwnPropertyDescriptor(process, 'stdout').enumerable, typeof Object.getOwnPropertyDescriptor(process, 'stdout').get);
log('ret', out.write('first\n', () => log('cb first')));
out.write('second\n', 'utf8', () => log('cb second'));
out.write(Buffer.from('buffer chunk\n'), (err) => log('cb buffer', err));
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
out.write(new Uint16Array([0x3231, 0x0a33]));
out.write('68690a', 'hex');
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('micro'));
log('sync after writes');
out.cork();
out.write('corked 1\n');
out.write('corked 2\n', () => log('cb corked 2'));
log('before uncork', out.writableLength, out.writableCorked);
out.uncork();
log('after uncork', out.writableLength);
try {
  out.write(42);
} catch (e) {
  log(e.name, e.code, e.message);
}
try {
  out.write(null);
} catch (e) {
  log(e.name, e.code, e.message);
}
setImmediate(() => {
  process.stderr.write('to stderr\n', () => process.stderr.write('cb stderr\n'));
  out.end('ended stdout\n', () => {
    process.stderr.write(`end cb ${out.writableEnded} ${out.writableFinished} ${out.destroyed}\n`);
    out.write('after end\n', (err) => process.stderr.write(`write after end cb ${err && err.code}\n`));
    out.on('error', (err) => process.stderr.write(`stdout error ${err.message}\n`));
  });
  out.on('finish', () => process.stderr.write('finish event\n'));
});
process.on('exit', (c) => process.stderr.write('exit ' + c + '\n'));
