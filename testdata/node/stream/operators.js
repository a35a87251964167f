// Readable iterator helpers: map, filter, toArray, forEach, reduce, some,
// every, find, take, drop, flatMap.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

async function main() {
  log(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray());
  log(await Readable.from([1, 2, 3, 4, 5]).filter(async (x) => x % 2).toArray());
  let sum = 0;
  await Readable.from([1, 2, 3]).forEach((x) => { sum += x; });
  log('forEach sum', sum);
  log('reduce', await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b, 10));
  log('reduce no init', await Readable.from(['a', 'b', 'c']).reduce((a, b) => a + b));
  log('some', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1]).some((x) => x > 2));
  log('every', await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, -1]).every((x) => x > 0));
  log('find', await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1]).find((x) => x > 5));
  log('take', await Readable.from([1, 2, 3, 4]).take(2).toArray());
  log('drop', await Readable.from([1, 2, 3, 4]).drop(3).toArray());
  log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  const mapped = Readable.from(['a', 'b']).map((s) => s.toUpperCase());
  log('map returns Readable', mapped instanceof Readable, mapped.readableObjectMode);
  const bytes = new Readable({ read() {} });
  bytes.push('hello ');
  bytes.push('world');
  bytes.push(null);
  log('toArray bytes', (await bytes.toArray()).map(String));
  try {
    await Readable.from([1]).map(5);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    await Readable.from([1, 2]).map(async (x) => { if (x === 2) throw new Error('map fail'); return x; }).toArray();
  } catch (e) {
    log('map error', e.message);
  }
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log('empty reduce', e.name, e.message);
  }
}
main();
