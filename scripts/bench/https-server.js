// The HTTPS benchmark server: hello world over https.createServer, the same
// script under node and handshake. Usage: https-server.js PORT; prints
// "ready" when listening.
const https = require('https');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', '..', 'testdata', 'certs');
const server = https.createServer({
  key: fs.readFileSync(path.join(certs, 'server-ec-key.pem')),
  cert: fs.readFileSync(path.join(certs, 'server-ec-chain.pem')),
}, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello world\n');
});
server.on('tlsClientError', () => {});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('ready'));
