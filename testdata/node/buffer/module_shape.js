// How the buffer module and the encoding globals print.
console.log(require('buffer'));
console.log(require('buffer').constants, require('buffer').kMaxLength);
console.log(Object.keys(require('crypto').webcrypto), require('crypto').webcrypto);
console.log(new TextEncoder().encoding, TextDecoder.name);
console.log(typeof require('util').TextDecoder);
