// console.log after process.stdout.end() on the harness's stdout pipe:
// Node's net.Socket fails the second write with EPIPE, which is fatal
// (the first fails with write-after-end, which the console swallows).
process.stderr.write('before end\n');
process.stdout.end('last line\n');
console.log('after end');
process.stderr.write(`listeners ${process.stdout.listenerCount('error')}\n`);
console.log('again');
process.stderr.write('after again\n');
