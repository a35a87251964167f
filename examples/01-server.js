// Tutorial snippet 1: the first HTTPS server ("簡単なコード例(サーバー側)").
//
// Changed to run offline: the key/cert paths point at testdata/certs.
// Run it, then a client against it:
//   handshake examples/01-server.js
//   NODE_EXTRA_CA_CERTS=testdata/certs/ca.pem handshake examples/03-client-socket.js
//
// What Node actually does (the tutorial says otherwise):
// - 'secureConnection' fires *after* the handshake, not before it.
// - A server-side socket never emits 'secureConnect' (only client sockets
//   do), so the inner log line never prints.
// - getPeerCertificate() is {} here: the server did not ask for a client
//   certificate (requestCert), so the client sent none.
const https = require('https');
const fs = require('fs');
const options = {
key: fs.readFileSync(`${__dirname}/../testdata/certs/server-ec-key.pem`),
cert: fs.readFileSync(`${__dirname}/../testdata/certs/server-ec-chain.pem`),
};
const server = https.createServer(options, (req, res) => {
res.writeHead(200);
res.end('Securely connected!');
});
server.on('secureConnection', (socket) => {
console.log('安全な接続が確立されました。クライアント証明書:', socket.getPeerCertificate());
socket.on('secureConnect', () => {
console.log('secureConnect イベントが発生しました。');
// 安全な接続が完全に確立された後の処理
});
});
server.listen(8443, () => {
console.log('サーバーはポート 8443 でリッスンしています。');
});
