// ES module syntax where CommonJS is required (.cjs, "type": "commonjs"):
// V8's SyntaxErrors, no detection.
for (const f of ['import.cjs', 'export.cjs', 'await.cjs', 'meta.cjs', 'commonjs-type/typed.js']) {
  try {
    require('./fixtures/esm-in-cjs/' + f);
  } catch (e) {
    console.log(f, e.name, e.message);
  }
}
