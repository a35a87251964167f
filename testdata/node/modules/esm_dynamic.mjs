// import(): promises of namespaces, the same namespace for the same module,
// computed specifiers, failures as rejections.
const spec = './fixtures/esm/' + 'counter.mjs';
const p = import(spec);
console.log('is promise', p instanceof Promise);
const ns = await p;
const again = await import('./fixtures/esm/counter.mjs');
console.log('same namespace', ns === again, ns.count);
const cjs = await import('./fixtures/esm/cjs-object.cjs');
console.log('cjs via import()', cjs.default.one, cjs.two());
const thenable = await import('./fixtures/esm/thenable.mjs');
console.log('thenable module', thenable);
for (const bad of ['./fixtures/esm/nope.mjs', './fixtures/esm', 'no-such-pkg', 'node:nope', './fixtures/esm/counter']) {
  try {
    await import(bad);
  } catch (e) {
    console.log(bad, '->', e.code, e.message.replaceAll(process.cwd(), '<cwd>'));
  }
}
try {
  await import('./fixtures/esm/throws.mjs');
} catch (e) {
  console.log('evaluation error', e.name, e.message);
}
try {
  await import('./fixtures/esm/throws.mjs');
} catch (e) {
  console.log('cached evaluation error', e.message);
}
