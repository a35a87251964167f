// crypto.constants and the curve list.
const crypto = require('crypto');
console.log(crypto.constants);
console.log(Object.getOwnPropertyDescriptor(crypto, 'constants').writable, Object.getPrototypeOf(crypto.constants));
console.log(crypto.getCurves().length, crypto.getCurves().includes('prime256v1'), crypto.getCurves().slice(0, 4));
crypto.constants.defaultCipherList = 'HIGH';
console.log(crypto.constants.defaultCipherList, crypto.constants.RSA_PKCS1_PSS_PADDING);
