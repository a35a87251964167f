// After an uncaught exception Node prints it, then runs 'exit' listeners
// with code 1; a listener may change the exit code.
process.on('exit', (code) => {
  console.log('exit listener', code, process.exitCode);
  process.exitCode = 9;
});
setTimeout(() => console.log('never'), 10);
function thrower() {
  throw new RangeError('out of range');
}
thrower();
