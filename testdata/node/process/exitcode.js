// process.exitCode with beforeExit and exit listeners.
process.on('beforeExit', (c) => console.log('beforeExit', c));
process.on('exit', (c) => console.log('exit', c, process.exitCode));
process.exitCode = 4;
try { process.exitCode = 'abc'; } catch (e) { console.log(e.name, e.code, e.message); }
console.log(process.exitCode);
