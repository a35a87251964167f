// An fs error rethrown from a callback is an uncaught exception: Node
// prints the throw site and the frameless error with its properties, and
// exits with code 1 after 'exit' listeners run.
const fs = require('fs');
process.on('exit', (code) => console.log('exit code', code));
console.log('start');
fs.readFile('definitely-missing-file.txt', 'utf8', (err) => {
  console.log('callback', err.code);
  throw err;
});
