// Redirects: followed (301/302/303 turn POST into GET, 307/308 keep it),
// 'manual' and 'error' modes, response.redirected and url.
const http = require('http');
const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    seen.push(`${req.method} ${req.url} body=${body}`);
    const m = req.url.match(/^\/r(\d+)$/);
    if (m) {
      res.writeHead(Number(m[1]), { Location: '/final' });
      return res.end();
    }
    res.end(`final via ${req.method}`);
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const code of [301, 302, 303, 307, 308]) {
    const r = await fetch(`${base}/r${code}`, { method: 'POST', body: 'data' });
    console.log(code, r.status, r.redirected, r.url.replace(/:\d+/, ':PORT'), await r.text());
  }
  const manual = await fetch(`${base}/r302`, { redirect: 'manual' });
  console.log('manual', manual.status, manual.headers.get('location'), manual.redirected);
  try { await fetch(`${base}/r302`, { redirect: 'error' }); } catch (e) { console.log('error mode:', e.message, e.cause && e.cause.message); }
  console.log(seen.join('\n'));
  server.close();
});
