// A script that never reads stdin exits even though stdin stays open,
// and touching process.stdin without reading does not keep it alive.
const s = process.stdin;
console.log(typeof s.on, s.readableFlowing);
s.on('end', () => console.log('end should not be needed'));
setTimeout(() => console.log('timer'), 5);
process.on('exit', () => console.log('exit'));
