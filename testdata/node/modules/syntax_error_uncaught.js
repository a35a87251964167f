// Uncaught syntax error: header with file:line, the source line and carets.
require('./fixtures/cjs/syntax');
