// stream/consumers: text, json, buffer, arrayBuffer.
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  log(await text(Readable.from(['a', 'b', 'c'])));
  const euro = Buffer.from('€');
  log(await text(Readable.from([euro.subarray(0, 1), euro.subarray(1), Buffer.from('!')])));
  log(await json(Readable.from(['{"a":', '[1,2]}'])));
  const b = await buffer(Readable.from([Buffer.from('xy'), Buffer.from('z')]));
  log(Buffer.isBuffer(b), b.toString(), b.length);
  const ab = await arrayBuffer(Readable.from([Buffer.from([1, 2, 3])]));
  log(ab instanceof ArrayBuffer, ab.byteLength, new Uint8Array(ab)[2]);
  const pt = new PassThrough();
  setTimeout(() => { pt.write('late '); pt.end('end'); }, 5);
  log(await text(pt));
  try {
    await json(Readable.from(['not json']));
  } catch (e) {
    log('json error', e.name);
  }
}
main();
