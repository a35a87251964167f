// Top-level await that never settles: Node exits with code 13.
console.log('waiting forever');
process.on('exit', (code) => console.log('exit event', code));
await new Promise(() => {});
console.log('never');
