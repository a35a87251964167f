// A sourceMappingURL comment does not change stack traces (Node needs
// --enable-source-maps for that).
const { fail } = require('./fixtures/cjs/with-map');
try {
  fail();
} catch (e) {
  const frame = e.stack.split('\n')[1];
  console.log(frame.includes('with-map.js:2:'), frame.includes('original.ts'));
}
