// Headers, Request, Response and FormData without the network.
(async () => {
  const r = new Response('hello', { status: 201, headers: { 'X-Y': 'z' } });
  console.log(r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.bodyUsed);
  console.log(r);
  console.log(await r.text());
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  const h = new Headers([['B', '2'], ['a', '1'], ['set-cookie', 'x=1'], ['Set-Cookie', 'y=2']]);
  h.append('a', '3');
  console.log(h, [...h.keys()], h.get('A'), h.has('b'), h.getSetCookie());
  h.delete('b');
  h.set('A', 'only');
  h.forEach((v, k) => console.log('forEach', k, v));
  for (const bad of [{ 'bad name': 'x' }, [['a']], 'str']) {
    try { new Headers(bad); } catch (e) { console.log(e.name, e.message); }
  }
  const req = new Request('http://example.test/a?b', { method: 'post', body: 'x' });
  console.log(req.method, req.url, req.headers.get('content-type'), await req.text());
  console.log(new Request('http://example.test/'));
  console.log(Response.json({ a: 1 }).headers.get('content-type'), await Response.json({ a: 1 }).json());
  const e = Response.error(); console.log(e.type, e.status);
  console.log(new Response(null, { status: 204 }).body);
  try { new Response('x', { status: 204 }); } catch (err) { console.log(err.name, err.message); }
  try { new Response('x', { status: 99 }); } catch (err) { console.log(err.name, err.message); }
  const fd = new FormData(); fd.append('a', '1'); fd.append('b', new Blob(['x'], { type: 'text/plain' }), 'f.txt');
  console.log(fd.get('a'), fd.getAll('b').length, fd.get('b').name, [...fd.keys()], fd.has('z'));
  const res2 = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('ab')); c.enqueue(new TextEncoder().encode('cd')); c.close(); } }));
  for await (const chunk of res2.body) console.log(chunk);
  const c = new Response('clone me');
  const c2 = c.clone();
  console.log(await c.text(), await c2.text());
  console.log(typeof fetch, typeof Headers, typeof ReadableStream, String(new Headers()), Object.prototype.toString.call(new Response()));
})();
