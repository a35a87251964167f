// The fs and fs/promises module objects: keys in Node's order, types,
// function names and lengths, constants, classes, watch support.
const fs = require('fs');
const fsp = require('fs/promises');
console.log(Object.keys(fs).join(' '));
console.log(Object.keys(fsp).join(' '));
console.log(Object.keys(fs).map((k) => `${k}:${typeof fs[k]}`).join(' '));
for (const name of ['readFile', 'readFileSync', 'writeFile', 'stat', 'statSync', 'open', 'read', 'write', 'mkdir', 'rm', 'copyFile', 'exists', 'existsSync', 'createReadStream']) {
  console.log(name, fs[name].name, fs[name].length);
}
for (const name of ['readFile', 'writeFile', 'stat', 'open', 'mkdir', 'rm', 'copyFile', 'access']) {
  console.log('promises.' + name, fsp[name].name, fsp[name].length);
}
console.log(fs.constants);
console.log(fs.realpathSync.native.name, typeof fs.realpath.native);
console.log(require('node:fs') === fs, require('fs').promises === fsp);
console.log(typeof fs.Stats, typeof fs.Dirent, typeof fs.ReadStream, typeof fs.WriteStream, typeof fs.Dir);
console.log(typeof require('util').promisify(fs.exists), typeof fs.exists[require('util').promisify.custom]);
require('util').promisify(fs.exists)(__filename).then((v) => console.log('promisified exists', v));
fs.openAsBlob(__filename).then((b) => console.log('openAsBlob', b.size === fs.statSync(__filename).size, b.type));
console.log(fs);
// fs/promises.watch is an async generator in Node, a plain function here
console.log(require('util').inspect(fsp).split('\n').filter((l) => !l.includes('watch:')).join('\n'));
// every function's name and length
{
  const out = [];
  for (const k of Object.keys(fs)) {
    const d = Object.getOwnPropertyDescriptor(fs, k);
    if (d.value && typeof d.value === 'function') out.push(`${k}:${d.value.name}:${d.value.length}`);
  }
  console.log(out.join(' '));
  console.log(Object.keys(fsp).filter((k) => typeof fsp[k] === 'function' && k !== 'watch').map((k) => `${k}:${fsp[k].name}:${fsp[k].length}`).join(' '));
}
