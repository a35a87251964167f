// cork/uncork with _writev, end() uncorking, buffered requests.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  write(chunk, enc, cb) {
    log('_write', String(chunk), enc);
    cb();
  },
  writev(chunks, cb) {
    log('_writev', chunks.length, chunks.map((c) => String(c.chunk) + ':' + c.encoding).join(' '), chunks.allBuffers);
    setTimeout(cb, 1);
  },
});
w.write('first', () => log('cb first'));
w.cork();
w.write('a');
w.write('b', () => log('cb b'));
w.cork();
w.write('c', 'latin1');
log('corked', w.writableCorked, w.writableLength, w._writableState.bufferedRequestCount);
w.uncork();
log('still corked', w.writableCorked);
process.nextTick(() => {
  w.uncork();
  log('uncorked', w.writableCorked, w.writableLength);
  w.cork();
  w.write('d', () => log('cb d'));
  w.write('e', () => log('cb e'));
  w.end('f', () => log('end cb'));
  log('end uncorks', w.writableCorked);
});
w.on('finish', () => {
  log('finish');
  setTimeout(part2, 1);
});

function part2() {
  const w2 = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      log('w2', typeof chunk, chunk, enc);
      cb();
    },
  });
  w2.write('str');
  w2.write('6869', 'hex');
  w2.write(Buffer.from('buf'));
  w2.setDefaultEncoding('base64');
  w2.write('aGk=');
  const w3 = new Writable({
    defaultEncoding: 'hex',
    write(chunk, enc, cb) {
      log('w3', chunk.toString('utf8'), enc);
      cb();
    },
  });
  w3.write('6869');
  w3.cork();
  w3.write('a');
  log('writableBuffer', w3.writableBuffer.length, w3.writableLength);
  w3.destroy();
  log('after destroy', w3.writableLength);
}
