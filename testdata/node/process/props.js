// process properties whose shapes (not values) are stable.
console.log(typeof process.pid, typeof process.ppid, process.platform, typeof process.arch);
console.log(process.version, process.versions.node, process.release.name);
console.log(Array.isArray(process.argv), process.argv.length, typeof process.argv0, typeof process.execPath);
console.log(typeof process.env.PATH, typeof process.cwd(), typeof process.uptime());
const t = process.hrtime();
const d = process.hrtime(t);
console.log(t.length, d.length, d[0] >= 0, typeof process.hrtime.bigint());
console.log(Object.keys(process.memoryUsage()), typeof process.memoryUsage.rss());
console.log(typeof process.nextTick, typeof process.emitWarning, typeof process.exit, process.exitCode);
console.log(process.stdout.isTTY, process.stderr.isTTY, typeof process.stdout.write);
console.log(String(process), Object.prototype.toString.call(process));
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.code, e.syscall); }
try { process.nextTick(42); } catch (e) { console.log(e.code, e.message); }
const before = process.cpuUsage();
const diff = process.cpuUsage(before);
console.log(Object.keys(diff), diff.user >= 0 && diff.user < before.user + 1e6, diff.system >= 0);
