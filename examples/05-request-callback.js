// Tutorial snippet 5: work done in https.request's response callback
// ("https.request のコールバック内での処理").
//
// Changed to run offline: hostname 'example.com' → 'localhost', port 443 →
// 8443 (start examples/02-server-details.js or 04-session-server.js first)
// and the test CA trusted through the environment:
//   NODE_EXTRA_CA_CERTS=testdata/certs/ca.pem handshake examples/05-request-callback.js
//
// What Node actually does: as the tutorial says, the callback runs once
// the response headers arrived, long after the handshake.
const https = require('https');
const options = {
hostname: 'localhost',
port: 8443,
path: '/',
method: 'GET',
};
const req = https.request(options, (res) => {
console.log('ステータスコード:', res.statusCode);
console.log('ヘッダー:', res.headers);
// ここでは既に安全な接続が確立されています。
console.log('安全な接続が確立され、レスポンスヘッダーを受信しました。');
res.on('data', (d) => {
process.stdout.write(d);
});
});
req.on('error', (error) => {
console.error('リクエストエラー:', error);
});
req.end();
