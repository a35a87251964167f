// How crypto objects and the Buffer constructor print.
const nodeCrypto = require('crypto');
console.log(Buffer);
console.log(require('util').inspect(Buffer.from('ab'), { showHidden: true }));
console.log(Object.getOwnPropertyNames(Buffer.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Buffer).sort().join());
console.log(nodeCrypto.createHash('md5'));
console.log(nodeCrypto.createHmac('sha1', 'k'));
const h = nodeCrypto.createHash('sha1');
h.digest();
console.log(h);
console.log(crypto, crypto.subtle);
console.log(new DOMException('x').constructor.name, Object.keys(require('buffer').constants));
