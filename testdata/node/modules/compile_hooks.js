// Loader hooks libraries use: module._compile(content, filename),
// require.extensions overrides, Module.wrap.
const Module = require('module');
const path = require('path');
const m = new Module(path.join(__dirname, 'virtual.js'), module);
m.filename = path.join(__dirname, 'virtual.js');
m.paths = Module._nodeModulePaths(__dirname);
m._compile('module.exports = { virtual: true, dir: require("path").basename(__dirname), data: require("./fixtures/cjs/data.json").name };', m.filename);
console.log(m.exports);
const orig = require.extensions['.js'];
require.extensions['.txt'] = function (mod, filename) {
  mod.exports = 'text:' + require('path').basename(filename);
};
console.log(typeof orig, Object.keys(require.extensions).includes('.json'));
console.log(Module.wrap('x').startsWith('(function (exports, require, module, __filename, __dirname) { '));
console.log(typeof Module._load, typeof Module._resolveFilename, typeof Module._nodeModulePaths);
