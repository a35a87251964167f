// Shared by the https tests: reads testdata/certs files.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', '..', 'certs');
module.exports = (f) => fs.readFileSync(path.join(dir, f));
