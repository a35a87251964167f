// Cycles in CommonJS: the second module sees the first one's partial exports.
console.log('main starting');
const a = require('./fixtures/cycle/a.js');
const b = require('./fixtures/cycle/b.js');
console.log('in main, a.done = %j, b.done = %j', a.done, b.done);
