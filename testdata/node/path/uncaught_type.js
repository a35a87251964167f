// An uncaught path validation error is reported from internal/errors.
const path = require('path');
console.log(path.join('a', 'b'));
path.join('a', { not: 'a string' });
