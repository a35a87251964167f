// A syntax error in a required file is a SyntaxError.
try {
  require('./fixtures/cjs/syntax');
} catch (e) {
  console.log(e.name, e.message, e instanceof SyntaxError);
}
