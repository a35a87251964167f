// 1xx informational responses (102 Processing, 103 Early Hints) reach the
// client as 'information' events before the final 'response'.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeProcessing();
  res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-hint': 'h' });
  setTimeout(() => res.end('final'), 10);
});
server.listen(0, () => {
  const req = http.get({ port: server.address().port }, (res) => {
    console.log('response', res.statusCode);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data', d));
    res.on('end', () => server.close());
  });
  req.on('information', (i) => console.log('information', i.statusCode, i.statusMessage, JSON.stringify(i.headers), JSON.stringify(i.rawHeaders)));
});
