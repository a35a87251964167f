// diff-stdin: first line\nsecond line\nthird €\n
// process.stdin on a pipe: 'readable' + read(), setEncoding, pause/resume,
// 'end' and 'close', and exit once stdin is consumed.
const log = (...a) => console.log(...a);
const s = process.stdin;
log(s.constructor.name === 'Socket' || s.constructor.name === 'ReadStream', s.fd, s.readableFlowing);
s.setEncoding('utf8');
let all = '';
s.on('readable', () => {
  let chunk;
  while ((chunk = s.read()) !== null) all += chunk;
});
s.on('end', () => {
  log('end', JSON.stringify(all), all.split('\n').length);
  log('readableEnded', s.readableEnded);
});
s.on('close', () => log('close'));
process.on('exit', (c) => log('exit', c));
