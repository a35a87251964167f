// fetch over https: verification through NODE_EXTRA_CA_CERTS, and the
// certificate errors as the cause of 'fetch failed'.
// diff-env: NODE_EXTRA_CA_CERTS=../../certs/ca.pem
const https = require('https');
const fs = require('fs');
const path = require('path');
const certs = path.join(__dirname, '..', '..', 'certs');
const read = (n) => fs.readFileSync(path.join(certs, n));
const good = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => {
  res.end(`secure ${req.socket.getProtocol()} ${req.headers['user-agent']}`);
});
const selfSigned = https.createServer({ key: read('server-selfsigned-key.pem'), cert: read('server-selfsigned.pem') }, (req, res) => res.end('x'));
selfSigned.on('tlsClientError', () => {});
good.listen(0, '127.0.0.1', () => selfSigned.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`https://localhost:${good.address().port}/`);
  console.log(r.status, await r.text());
  try {
    await fetch(`https://127.0.0.1:${good.address().port}/`);
  } catch (e) {
    console.log(e.message, '|', e.cause.code, '|', e.cause.message);
  }
  try {
    await fetch(`https://localhost:${selfSigned.address().port}/`);
  } catch (e) {
    console.log(e.message, '|', e.cause.code, '|', e.cause.message);
  }
  good.close();
  selfSigned.close();
}));
