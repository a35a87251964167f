// module.exports vs exports, the wrapper's this/arguments, exports reassignment.
const reassign = require('./fixtures/cjs/reassign');
console.log('reassign', reassign, 'lost' in reassign, 'alsoLost' in reassign);
const t = require('./fixtures/cjs/this.js');
console.log('this', t.thisIsExports, t.thisIsModuleExports, t.args, t.wrapperNames);
console.log('top this === exports', this === exports, this === module.exports);
console.log('arguments', arguments.length, typeof arguments[1], arguments[2] === module);
exports.a = 1;
module.exports.b = 2;
console.log('own exports', exports, module.exports === exports);
module.exports = function replaced() {};
console.log('after replace', typeof module.exports, module.exports.name, exports.a);
console.log('module keys', Object.keys(module).sort().join(','));
console.log('module.loaded during run', module.loaded);
setImmediate(() => console.log('module.loaded later', module.loaded));
console.log('require is function', typeof require, typeof require.resolve, typeof require.cache, typeof require.resolve.paths);
console.log('module.require', module.require('./fixtures/cjs/reassign') === reassign);
