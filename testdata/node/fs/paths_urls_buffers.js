// Paths given as strings, Buffers and file: URLs; names returned as
// Buffers with the 'buffer' encoding.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pathToFileURL } = require('url');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(dir, 'with space é.txt');

fs.writeFileSync(pathToFileURL(f), 'via url');
console.log(fs.readFileSync(f, 'utf8'));
console.log(fs.readFileSync(Buffer.from(f), 'utf8'));
console.log(fs.existsSync(pathToFileURL(f)), fs.existsSync(Buffer.from(f)), fs.existsSync(new URL('file:///definitely/not/here')));
console.log(fs.statSync(new URL(pathToFileURL(f).href)).size);
console.log(fs.readdirSync(pathToFileURL(dir)));
console.log(fs.readdirSync(Buffer.from(dir), { encoding: 'buffer' }).map((b) => Buffer.isBuffer(b)));
console.log(path.basename(fs.mkdtempSync(path.join(dir, 'sub-'), 'buffer').toString()).length);
console.log(Buffer.isBuffer(fs.mkdtempSync(path.join(dir, 'sub-'), { encoding: 'buffer' })));
fs.symlinkSync(Buffer.from('with space é.txt'), Buffer.from(path.join(dir, 'ln')));
console.log(fs.readlinkSync(pathToFileURL(path.join(dir, 'ln'))), fs.readlinkSync(path.join(dir, 'ln'), { encoding: 'buffer' }));
console.log(path.basename(fs.realpathSync(Buffer.from(path.join(dir, 'ln')))));
console.log(Buffer.isBuffer(fs.realpathSync(path.join(dir, 'ln'), 'buffer')));
try {
  fs.readFileSync(new URL('file:///definitely/missing%20file'));
} catch (e) {
  console.log(e.code, e.path);
}
try {
  fs.readFileSync(Buffer.from('definitely-missing-buf'));
} catch (e) {
  console.log(e.code, e.path, typeof e.path);
}
try {
  fs.readFileSync(new URL('file:///a%2fb'));
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.readFileSync(Buffer.from('a\0b'));
} catch (e) {
  console.log(e.code, e.message);
}
fs.readFile(pathToFileURL(f), 'utf8', (err, d) => {
  console.log('cb url', err, d);
  fs.promises.readFile(pathToFileURL(f), 'utf8').then((d2) => {
    console.log('promise url', d2);
    fs.rmSync(pathToFileURL(dir), { recursive: true });
    console.log(fs.existsSync(dir));
  });
});
