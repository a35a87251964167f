// Generated nested values with small mutations: deepStrictEqual and
// strictEqual messages exercise every branch of the line diff (context
// lines, "...", trailing identical lines, +/- runs, 50-line cut-off).
const assert = require('assert');
let seed = 7;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function gen(depth) {
  const kind = depth > 3 ? rand(4) : rand(7);
  switch (kind) {
    case 0: return rand(100);
    case 1: return ['a', 'bb', 'ccc', 'hello world', ''][rand(5)];
    case 2: return [true, false, null, undefined][rand(4)];
    case 3: return rand(2) ? -rand(1000) / 7 : `s${rand(50)}`;
    case 4: {
      const n = rand(8);
      const arr = [];
      for (let i = 0; i < n; i++) arr.push(gen(depth + 1));
      return arr;
    }
    default: {
      const n = rand(8);
      const obj = {};
      for (let i = 0; i < n; i++) obj[`k${rand(20)}`] = gen(depth + 1);
      return obj;
    }
  }
}
function mutate(v, depth) {
  if (v !== null && typeof v === 'object' && depth < 6 && rand(4) !== 0) {
    const keys = Object.keys(v);
    if (keys.length > 0) {
      const copy = Array.isArray(v) ? v.slice() : { ...v };
      const k = keys[rand(keys.length)];
      copy[k] = mutate(v[k], depth + 1);
      if (rand(5) === 0) {
        if (Array.isArray(copy)) copy.push(gen(3));
        else copy[`extra${rand(5)}`] = gen(3);
      }
      return copy;
    }
  }
  const m = gen(2);
  return m === v ? [m] : m;
}
let shown = 0;
for (let i = 0; i < 150; i++) {
  const a = gen(0);
  const b = mutate(a, 0);
  for (const fn of ['deepStrictEqual', 'strictEqual', 'notDeepStrictEqual', 'deepEqual']) {
    try {
      assert[fn](a, b);
    } catch (e) {
      shown++;
      console.log(`#${i} ${fn}`);
      console.log(e.message);
    }
  }
}
console.log('failures shown', shown);
const big = Array.from({ length: 120 }, (_, i) => ({ id: i, name: `item${i}`, tags: ['x', 'y'] }));
const big2 = big.map((o) => (o.id % 7 === 3 ? { ...o, name: 'changed' } : o));
try { assert.deepStrictEqual(big, big2); } catch (e) { console.log(e.message); }
try { assert.deepStrictEqual(big, big.slice()); console.log('equal'); } catch (e) { console.log(e.message); }
const same = { list: Array.from({ length: 60 }, (_, i) => i), sym: Symbol('s') };
try { assert.deepStrictEqual(same, { list: same.list.slice(), sym: Symbol('s') }); } catch (e) { console.log(e.message); }
try { assert.notDeepStrictEqual(big, big2.map((x) => x)); console.log('ok'); } catch (e) { console.log(e.message); }
try { assert.notDeepStrictEqual(big, big); } catch (e) { console.log(e.message); }
const longStr = 'The quick brown fox jumps over the lazy dog. '.repeat(3);
try { assert.strictEqual(longStr, longStr.replace('lazy', 'busy')); } catch (e) { console.log(e.message); }
try { assert.strictEqual('short one', 'short two!'); } catch (e) { console.log(e.message); }
try { assert.strictEqual('ab', 'ac'); } catch (e) { console.log(e.message); }
try { assert.strictEqual('abcdefg', 'abcdefh'); } catch (e) { console.log(e.message); }
try { assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]); } catch (e) { console.log(e.message); }
try { assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 1, 2, 3, 4, 5, 6, 7, 8, 9]); } catch (e) { console.log(e.message); }
