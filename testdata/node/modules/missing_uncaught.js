// Uncaught MODULE_NOT_FOUND: Node's header and Require stack on stderr.
console.log('before');
require('./fixtures/nope');
