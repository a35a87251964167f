// crypto.constants and the curve list.
const crypto = require('crypto');
console.log(crypto.constants);
console.log(Object.getOwnPropertyDescriptor(crypto, 'constants').writable, Object.getPrototypeOf(crypto.constants));
console.log(crypto.getCurves().length, crypto.getCurves().includes('prime256v1'), crypto.getCurves().slice(0, 4));
crypto.constants.defaultCipherList = 'HIGH';
console.log(crypto.constants.defaultCipherList, crypto.constants.RSA_PKCS1_PSS_PADDING);
const ciphers = crypto.getCiphers();
console.log(ciphers.length, ciphers.slice(0, 6), ciphers.includes('aes-256-gcm'), ciphers.includes('chacha20-poly1305'));
