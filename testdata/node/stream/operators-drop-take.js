// drop/take/flatMap interleaving with promise jobs.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function ticker(name, n) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => log(name, 'micro', i)); }
async function main() {
  ticker('A', 40);
  await Readable.from([1, 2, 3, 4]).drop(1).forEach((x) => log('drop each', x));
  ticker('B', 40);
  await Readable.from([1, 2, 3, 4]).take(2).forEach((x) => log('take each', x));
  ticker('C', 40);
  await Readable.from([1, 2]).flatMap((x) => [x, x]).forEach((x) => log('flat each', x));
  log('end');
}
main();
