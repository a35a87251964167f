// Buffers flowing through TextDecoder and string_decoder the same way.
const { StringDecoder } = require('string_decoder');
const text = 'héllo wörld € 😀 end';
const bytes = Buffer.from(text);
for (const size of [1, 2, 3, 5]) {
  const td = new TextDecoder();
  const sd = new StringDecoder('utf8');
  let a = '';
  let b = '';
  for (let i = 0; i < bytes.length; i += size) {
    const chunk = bytes.subarray(i, i + size);
    a += td.decode(chunk, { stream: true });
    b += sd.write(chunk);
  }
  a += td.decode();
  b += sd.end();
  console.log(size, a === text, b === text);
}
const bad = Buffer.from([0x61, 0xf0, 0x9f, 0x62, 0xe2, 0x82]);
console.log(JSON.stringify(new TextDecoder().decode(bad)), JSON.stringify(bad.toString()), JSON.stringify(new StringDecoder().end(bad)));
