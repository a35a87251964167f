'use strict';
// stream/consumers: read a whole stream or async iterable into a string,
// JSON value, Buffer or ArrayBuffer (lib/stream/consumers.js). Blob is
// used when the runtime has one.

const { forAwait } = require('internal/streams/pipeline');

function bytesOf(chunk) {
  if (typeof chunk === 'string') return require('buffer').Buffer.from(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return require('buffer').Buffer.from(String(chunk));
}

async function collect(stream) {
  const chunks = [];
  await forAwait(stream, (chunk) => {
    chunks.push(chunk);
  });
  return chunks;
}

async function blob(stream) {
  const chunks = await collect(stream);
  if (typeof Blob !== 'function') throw new Error('Blob is not supported');
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const b = await buffer(stream);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

async function buffer(stream) {
  const { Buffer } = require('buffer');
  const chunks = await collect(stream);
  return Buffer.concat(chunks.map(bytesOf));
}

async function text(stream) {
  const { StringDecoder } = require('string_decoder');
  const dec = new StringDecoder('utf8');
  let str = '';
  await forAwait(stream, (chunk) => {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.write(bytesOf(chunk));
  });
  return str + dec.end();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
