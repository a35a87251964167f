// process.exit inside a handler: 'exit' runs once with the code, nothing
// after exit() runs, pending timers are dropped.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer never fires'), 10);
process.nextTick(() => {
  console.log('tick');
  process.exit(3);
  console.log('never printed');
});
