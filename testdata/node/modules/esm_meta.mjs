// import.meta: url, filename, dirname, resolve().
import path from 'node:path';
import { meta } from './fixtures/esm/meta.mjs';
console.log(meta);
console.log(Object.keys(import.meta), Object.getPrototypeOf(import.meta));
console.log(import.meta.url === 'file://' + import.meta.filename, path.basename(import.meta.filename), path.dirname(import.meta.filename) === import.meta.dirname);
const cwdURL = 'file://' + process.cwd();
console.log(import.meta.resolve('./fixtures/esm/counter.mjs').replace(cwdURL, '<cwd>'));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
console.log(typeof import.meta.resolve, import.meta.resolve.name);
for (const s of ['./fixtures/nope.mjs', './fixtures', 'no-such-pkg', 'node:nope', './fixtures/esm/cjs-lib.cjs']) {
  try {
    console.log(s, import.meta.resolve(s).replace(cwdURL, '<cwd>'));
  } catch (e) {
    console.log(s, e.code, e.message.replaceAll(process.cwd(), '<cwd>'));
  }
}
