// CommonJS variables do not exist in an ES module; using them is a
// ReferenceError Node rewords ("... is not defined in ES module scope").
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
const { load } = await import('./fixtures/typemod/uses-require.js');
try {
  load();
} catch (e) {
  console.log('called later (not rewritten):', e.name, e.message.includes('require'));
}
console.log('uncaught from the module body:');
module.exports = {};
