// Syntax errors in ES modules reported with V8's messages (the transform
// rewords esbuild's); each is caught through import().
for (const f of ['redeclared', 'return', 'const', 'string', 'let', 'eof', 'newtarget', 'number', 'none']) {
  try {
    await import(`./fixtures/esm/syntax/${f}.mjs`);
  } catch (e) {
    console.log(f, e.name, e.message.replace(process.cwd(), '<cwd>'));
  }
}
