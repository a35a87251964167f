// Link-time checks: importing a name a module does not export is a
// SyntaxError before anything in the graph runs (here caught through
// import()); for CommonJS the message suggests the default import.
for (const f of ['./fixtures/esm/bad-import.mjs', './fixtures/esm/bad-default.mjs', './fixtures/esm/bad-import.mjs']) {
  try {
    await import(f);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log('now uncaught:');
await import('./fixtures/esm/bad-cjs-import.mjs');
