// An https.Agent with a 'keylog' listener hands each socket's key log lines
// on as (line, socket); the server's 'keylog' sees its side.
const https = require('https');
const read = require('./_certs');
const server = https.createServer({ key: read('server-ec-key.pem'), cert: read('server-ec-chain.pem') }, (req, res) => res.end('ok'));
const serverLabels = new Set();
server.on('keylog', (line, sock) => serverLabels.add(line.toString().split(' ')[0] + ' ' + sock.constructor.name));
const agent = new https.Agent({ keepAlive: false, maxVersion: 'TLSv1.2' });
const clientLabels = new Set();
agent.on('keylog', (line, sock) => clientLabels.add(line.toString().split(' ')[0] + ' ' + sock.constructor.name + ' ' + line.toString().endsWith('\n')));
server.listen(0, () => {
  https.get({ port: server.address().port, host: 'localhost', ca: read('ca.pem'), agent }, (res) => {
    res.resume();
    res.on('end', () => {
      setTimeout(() => {
        console.log('client', [...clientLabels].sort().join(', '));
        console.log('server', [...serverLabels].sort().join(', '));
        server.close();
      }, 50);
    });
  });
});
