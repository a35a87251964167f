// util.debuglog without NODE_DEBUG: disabled loggers print nothing; enabled reflects the environment.
const util = require('util');
process.env.NODE_DEBUG = 'mysection';
const log = util.debuglog('mysection');
console.log('enabled:', log.enabled);
log('this is %s', 'hidden');
const other = util.debuglog('other', (fn) => console.log('callback got', typeof fn));
other('x');
other('y');
console.log(util.debug === util.debuglog, typeof log, other.enabled);
