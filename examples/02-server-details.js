// Tutorial snippet 2: the server that logs the client's address, protocol
// and cipher ("HTTPSサーバーの例").
//
// Changed to run offline: the key/cert paths point at testdata/certs.
// Run it, then a client against it:
//   handshake examples/02-server-details.js
//   NODE_EXTRA_CA_CERTS=testdata/certs/ca.pem handshake examples/05-request-callback.js
//
// What Node actually does (the tutorial says otherwise):
// - socket.protocol and socket.cipher are undefined: the methods are
//   socket.getProtocol() ('TLSv1.3') and socket.getCipher() ({ name, ... }).
// - 'secureConnection' fires after the handshake; the server-side socket
//   never emits 'secureConnect', so that log line never prints.
// - remoteAddress is '::ffff:127.0.0.1': listen(port) without a host binds
//   the dual-stack '::', so IPv4 clients appear as IPv4-mapped addresses.
const https = require('https');
const fs = require('fs');
// サーバーの秘密鍵と証明書のパス
const privateKey = fs.readFileSync(`${__dirname}/../testdata/certs/server-ec-key.pem`);
const certificate = fs.readFileSync(`${__dirname}/../testdata/certs/server-ec-chain.pem`);
const options = {
key: privateKey,
cert: certificate,
// クライアント証明書を要求する場合 (任意)
// requestCert: true,
// 信頼できないクライアント証明書を拒否する場合 (requestCert: true と共に使用)
// rejectUnauthorized: true,
};
const server = https.createServer(options, (req, res) => {
res.writeHead(200);
res.end('安全な接続が確立されました!');
});
server.on('secureConnection', (socket) => {
console.log('新しい安全な接続が確立されました。');
console.log('クライアントアドレス:', socket.remoteAddress);
console.log('TLS/SSLプロトコル:', socket.protocol);
console.log('暗号化スイート:', socket.cipher);
// クライアント証明書が存在する場合
const clientCert = socket.getPeerCertificate();
if (clientCert && Object.keys(clientCert).length > 0) {
console.log('クライアント証明書:', clientCert);
}
// 'secureConnect' イベントリスナー
socket.on('secureConnect', () => {
console.log('ソケットの \'secureConnect\' イベントが発生しました。');
// ここで安全な接続が完全に確立された後の処理を行うことができます。
// 例えば、セッション管理、特定の処理の開始など。
});
socket.on('close', () => {
console.log('接続が閉じられました。');
});
});
const port = 8443;
server.listen(port, () => {
console.log(`サーバーはポート ${port} でリッスンしています。`);
});
