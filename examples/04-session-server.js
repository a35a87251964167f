// Tutorial snippet 4: the server with ticketKeys and a 'session' listener
// ("tls.createServer または https.createServer の session イベント").
//
// Changed to run: the key/cert paths point at testdata/certs, and
// ticketKeys is 48 bytes (the tutorial's 23-byte key makes Node throw
// ERR_INVALID_ARG_VALUE: "must be exactly 48 bytes").
//   handshake examples/04-session-server.js
//   NODE_EXTRA_CA_CERTS=testdata/certs/ca.pem handshake examples/05-request-callback.js
//
// What Node actually does: https.Server has no 'session' event, so the
// listener never runs. Resumption is observable with
// tlsSocket.isSessionReused() in 'secureConnection' (see examples/tour.js),
// and a server-side session store uses 'newSession'/'resumeSession'.
const https = require('https');
const fs = require('fs');
const options = {
key: fs.readFileSync(`${__dirname}/../testdata/certs/server-ec-key.pem`),
cert: fs.readFileSync(`${__dirname}/../testdata/certs/server-ec-chain.pem`),
// セッションチケットを有効にする (推奨)
ticketKeys: Buffer.alloc(48, 'some 32-byte random key'), // the tutorial's 23 bytes: Node requires exactly 48
};
const server = https.createServer(options, (req, res) => {
res.writeHead(200);
res.end('安全な接続 (セッション再開)!');
});
server.on('session', (session) => {
console.log('TLSセッションが再開されました。セッションID:', session.id.toString('hex'));
// セッション再開後の処理
});
server.listen(8443, () => {
console.log('サーバーはポート 8443 でリッスンしています。');
});
