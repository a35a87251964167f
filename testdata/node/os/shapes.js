// os: types and shapes of every export (values differ between runs).
const os = require('os');
console.log(Object.keys(os).join(','));
const shape = (v) => (Array.isArray(v) ? `array(${v.length > 0 ? shape(v[0]) : ''})` : v === null ? 'null' : typeof v);
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'loadavg',
  'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine', 'getPriority']) {
  console.log(name, typeof os[name], shape(os[name]()), os[name].length);
}
console.log(os.arch() === process.arch, os.platform() === process.platform, os.endianness(), os.type(), os.EOL === '\n', os.devNull);
console.log(os.homedir() === process.env.HOME, os.tmpdir(), os.machine() === 'x86_64' || os.machine() === 'aarch64');
console.log(os.freemem() > 0, os.freemem() <= os.totalmem(), os.uptime() > 0, os.loadavg().length, os.loadavg().every((x) => x >= 0));
console.log(os.availableParallelism() >= 1, os.availableParallelism() <= os.cpus().length);
const cpus = os.cpus();
console.log(cpus.length > 0, Object.keys(cpus[0]).join(','), Object.keys(cpus[0].times).join(','),
  typeof cpus[0].model, typeof cpus[0].speed, Object.values(cpus[0].times).every((t) => Number.isInteger(t) && t >= 0));
const ni = os.networkInterfaces();
console.log(Array.isArray(ni.lo), Object.keys(ni.lo[0]).join(','), JSON.stringify(ni.lo));
for (const [name, list] of Object.entries(ni)) {
  for (const a of list) {
    console.log(typeof name, Object.keys(a).join(','), a.family === 'IPv4' || a.family === 'IPv6', /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac), typeof a.internal, a.cidr.startsWith(a.address + '/'));
  }
}
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u).join(','), typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, typeof u.shell);
const ub = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(ub.username), ub.username.toString() === u.username);
console.log(`${os.tmpdir}` === os.tmpdir(), String(os.hostname) === os.hostname(), `${os.endianness}`);
