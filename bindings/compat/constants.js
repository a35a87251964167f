// constants (deprecated in Node, still required by older packages): the
// os, fs and crypto constants merged, in Node's order.
'use strict';
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
module.exports = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants, crypto.constants);
