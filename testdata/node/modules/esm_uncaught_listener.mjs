// process 'uncaughtException' sees an ES module's error with origin
// 'unhandledRejection' (module evaluation is promise-based in Node).
process.on('uncaughtException', (err, origin) => {
  console.log('listener:', err.message, origin);
});
console.log('registered');
throw new Error('from module body');
