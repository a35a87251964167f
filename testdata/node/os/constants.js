// os.constants, priorities and argument errors.
const os = require('os');
console.log(os.constants);
console.log(Object.keys(os.constants.errno).length, Object.keys(os.constants.signals).length);
console.log(Object.getOwnPropertyDescriptor(os, 'constants'), Object.getOwnPropertyDescriptor(os, 'EOL'));
console.log(os.getPriority() === os.getPriority(0), os.getPriority(process.pid) === os.getPriority());
const bad = [['x'], [1.5], [2 ** 31], [-1, 20], [0, -21], [0, 1.5], [{}, 0], ['a', 'b']];
for (const args of bad) {
  try {
    if (args.length === 1) os.getPriority(...args); else os.setPriority(...args);
    console.log('no error', args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  os.getPriority(2 ** 30);
} catch (e) {
  console.log(e.name, e.code, e.message, e.errno, e.syscall, Object.keys(e.info).sort().join(','));
}
os.setPriority(os.getPriority());
process.env.TMPDIR = '/some/tmp/';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
delete process.env.TMPDIR;
process.env.TMP = '/tmp2';
console.log(os.tmpdir());
