// Tutorial snippet 6: the promise-based client with node-fetch
// ("プロミスベースの HTTPSクライアントライブラリの使用").
//
// Changed to run offline: 'https://example.com' → 'https://localhost:8443'
// (start examples/01-server.js first) and the test CA trusted through the
// environment. No npm install: without a node_modules copy, handshake
// resolves 'node-fetch' to its built-in fetch (under node, run
// `npm install node-fetch` first).
//   NODE_EXTRA_CA_CERTS=testdata/certs/ca.pem handshake examples/06-fetch.mjs
//
// What Node actually does: console.log of response.headers prints a
// Headers object, not a plain object.
import fetch from 'node-fetch';
async function fetchData() {
try {
const response = await fetch('https://localhost:8443');
console.log('ステータス:', response.status);
console.log('ヘッダー:', response.headers);
const data = await response.text();
console.log('データ:', data);
// ここでは既に安全な接続が確立されています。
console.log('安全な接続が確立され、データを取得しました。');
} catch (error) {
console.error('エラー:', error);
}
}
fetchData();
