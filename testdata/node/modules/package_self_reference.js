// A package importing itself by name through its own "exports".
console.log(require('./fixtures/selfref/lib/main.cjs'));
import('./fixtures/selfref/lib/main.mjs').then((ns) => console.log(ns.default));
try {
  require('selfref');
} catch (e) {
  console.log('outside the package:', e.code);
}
