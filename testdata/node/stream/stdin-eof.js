// process.stdin with no input (EOF at once): events and exit.
const log = (...a) => console.log(...a);
const s = process.stdin;
log('fd', s.fd, s.readable, s.readableFlowing, s === process.stdin);
const chunks = [];
s.on('data', (d) => chunks.push(String(d)));
s.on('end', () => log('end', JSON.stringify(chunks.join(''))));
process.on('exit', () => log('exit'));
