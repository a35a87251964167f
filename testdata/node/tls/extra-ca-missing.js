// diff-env: NODE_EXTRA_CA_CERTS=no-such-file.pem
// NODE_EXTRA_CA_CERTS naming a missing file: Node prints a warning on
// stderr (once) and goes on with its bundled roots.
const tls = require('tls');
console.log('before any context');
tls.createSecureContext({});
console.log('after the first context');
tls.createSecureContext({});
console.log('rootCertificates', tls.rootCertificates.length > 100);
