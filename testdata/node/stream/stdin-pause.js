// diff-stdin: some input that is never read completely\n
// Pausing stdin lets the process exit without reading to the end.
const s = process.stdin;
s.once('data', (d) => {
  console.log('first data', JSON.stringify(String(d)));
  s.pause();
  console.log('paused', s.isPaused(), s.readableFlowing);
  setTimeout(() => console.log('timer after pause'), 5);
});
process.on('exit', () => console.log('exit'));
