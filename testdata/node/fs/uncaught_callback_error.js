// An fs error rethrown from a callback is an uncaught exception: Node
// prints the throw site and the frameless error with its properties, and
// exits with code 1.
const fs = require('fs');
console.log('start');
fs.readFile('definitely-missing-file.txt', 'utf8', (err) => {
  console.log('callback', err.code);
  throw err;
});
