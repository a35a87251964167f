// Blob.stream() is a ReadableStream of the blob's bytes; a Response can
// be built from it. (Node keeps one chunk per blob part; handshake's Blob
// keeps one buffer, so chunk counts are not compared.)
(async () => {
  const b = new Blob(['hello ', 'world'], { type: 'text/plain' });
  const chunks = [];
  for await (const c of b.stream()) chunks.push(...c);
  console.log(Buffer.from(chunks).toString(), b.stream().locked, b.stream() instanceof ReadableStream);
  console.log(await new Response(b.stream()).text());
  console.log(await new Response(b).text(), (await new Response(b).blob()).size);
})();
