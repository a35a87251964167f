// Interop https server: curl talks to it. Prints "ready PORT", then one
// line per request; answers with what it received.
const https = require('https');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', 'certs');
const server = https.createServer({
  key: fs.readFileSync(path.join(certs, 'server-ec-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'server-ec-chain.pem')),
}, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log(`request ${req.method} ${req.url} ${req.httpVersion} te=${req.headers['transfer-encoding']} body=${body.length} tls=${req.socket.getProtocol()}`);
    res.setHeader('X-Handshake', 'yes');
    res.end(`${req.method} ${req.url} got ${body.length} bytes\n`);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`ready ${server.address().port}`));
