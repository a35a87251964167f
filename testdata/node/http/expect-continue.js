// Expect: 100-continue: 'checkContinue' on the server, 'continue' and
// 'information' on the client; without a listener the server answers 100
// itself; other expectations get 417.
const http = require('http');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });
const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => res.end('got ' + b));
});
server.on('checkContinue', (req, res) => {
  ev('server', 'checkContinue ' + req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});
function post(port, expect, label) {
  return new Promise((resolve) => {
    const req = http.request({ port, method: 'POST', headers: { Expect: expect } }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => { ev(label, `response ${res.statusCode} ${b}`); resolve(); });
    });
    req.on('continue', () => { ev(label, 'continue'); req.end('body'); });
    req.on('information', (info) => ev(label, `information ${info.statusCode} ${info.statusMessage} ${info.httpVersion}`));
    if (expect !== '100-continue') req.end();
  });
}
server.listen(0, async () => {
  const port = server.address().port;
  await post(port, '100-continue', 'a');
  const s2 = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end('auto')); });
  await new Promise((r) => s2.listen(0, r));
  await post(s2.address().port, '100-continue', 'b');
  await post(s2.address().port, 'something-else', 'c');
  s2.close();
  server.close();
});
