// Tutorial snippet 3: the HTTPS client that watches its socket
// ("HTTPSクライアントの例").
//
// Changed to run offline: hostname 'example.com' → 'localhost' and port
// 443 → 8443, served by a companion example; trust its test CA through the
// environment, so the code itself needs no `ca` option:
//   handshake examples/01-server.js        (in another terminal)
//   NODE_EXTRA_CA_CERTS=testdata/certs/ca.pem handshake examples/03-client-socket.js
//
// What Node actually does: 'secureConnect' fires on the client socket, as
// the tutorial says; but socket.protocol and socket.cipher are undefined
// (use getProtocol() and getCipher()). The response headers include a Date.
const https = require('https');
const fs = require('fs');
const options = {
hostname: 'localhost', // 接続先のホスト名
port: 8443,
path: '/',
method: 'GET',
// クライアント証明書を使用する場合 (任意)
// pfx: fs.readFileSync('path/to/your/client.pfx'),
// passphrase: 'your_pfx_password',
};
const req = https.request(options, (res) => {
console.log('ステータスコード:', res.statusCode);
console.log('ヘッダー:', res.headers);
res.on('data', (d) => {
process.stdout.write(d);
});
});
req.on('socket', (socket) => {
console.log('ソケットが割り当てられました。');
// 'secureConnect' イベントリスナー
socket.on('secureConnect', () => {
console.log('クライアントソケットの \'secureConnect\' イベントが発生しました。');
console.log('サーバー証明書:', socket.getPeerCertificate());
console.log('TLS/SSLプロトコル:', socket.protocol);
console.log('暗号化スイート:', socket.cipher);
// ここで安全な接続が確立された後の処理を行うことができます。
// 例えば、データの送信を開始するなど。
});
socket.on('error', (err) => {
console.error('ソケットエラー:', err);
});
socket.on('close', () => {
console.log('クライアントソケットが閉じられました。');
});
});
req.on('error', (error) => {
console.error('リクエストエラー:', error);
});
req.end();
