// Pseudo-random values of every kind inspect knows (errors, getters, circular refs, sparse arrays, typed arrays,
// proxies, promises, boxed primitives, iterators) under many option sets.
const util = require('util');
let seed = 12345;
function rnd(n) { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; }
function str() { const len = [0, 1, 3, 8, 15, 30, 60, 90][rnd(8)]; let s = ''; for (let i = 0; i < len; i++) s += 'abcdefghij \n\'"`é日'[rnd(rnd(10) === 0 ? 16 : 11)]; return s; }
function key() { return ['a', 'bb', 'key', 'longerKeyName', 'with space', '1', 'x-y', 'k' + rnd(100), '__proto__x', 'é'][rnd(10)]; }
const pool = [];
function val(d) {
  const t = rnd(d > 3 ? 7 : 24);
  let v;
  switch (t) {
    case 0: v = rnd(1000) - 500; break;
    case 1: v = str(); break;
    case 2: v = [null, undefined, true, false, NaN, -0, Infinity][rnd(7)]; break;
    case 3: v = rnd(3) ? rnd(100000) / 7 : BigInt(rnd(1000)) * (rnd(2) ? 1n : -1n); break;
    case 4: v = Symbol(str().slice(0, 5)); break;
    case 5: v = rnd(2) ? new Date(rnd(1e12)) : new RegExp('a[/]b' + rnd(9), 'gi'); break;
    case 6: v = pool.length && rnd(3) === 0 ? pool[rnd(pool.length)] : rnd(10); break;
    case 7: case 8: case 9: { const o = {}; const n = rnd(8); for (let i = 0; i < n; i++) o[key()] = val(d + 1); if (rnd(6) === 0) Object.defineProperty(o, 'g' + rnd(3), { get() { return 1; }, enumerable: true }); if (rnd(8) === 0) o[Symbol('s')] = val(d + 1); v = o; break; }
    case 10: case 11: { const n = [0, 1, 3, 7, 12, 30, 120][rnd(7)]; const a = []; const kind = rnd(4); for (let i = 0; i < n; i++) a.push(kind === 0 ? rnd(10 ** rnd(6)) * (rnd(2) ? 1 : -1) : kind === 1 ? str().slice(0, rnd(12)) : kind === 2 ? BigInt(rnd(100000)) : val(d + 1)); if (rnd(6) === 0 && n > 2) delete a[1]; if (rnd(8) === 0) a.extra = 'x'; v = a; break; }
    case 12: { const m = new Map(); const n = rnd(5); for (let i = 0; i < n; i++) m.set(rnd(2) ? key() : val(d + 2), val(d + 1)); v = m; break; }
    case 13: { const s = new Set(); const n = rnd(6); for (let i = 0; i < n; i++) s.add(val(d + 1)); v = s; break; }
    case 14: { class K { constructor() { this.p = val(d + 1); } } v = new K(); break; }
    case 15: { const o = Object.create(null); o[key()] = val(d + 1); v = o; break; }
    case 16: v = [new Uint8Array(rnd(40)), new Float64Array([rnd(10) / 3, -0]), new BigInt64Array(2), new ArrayBuffer(rnd(8))][rnd(4)]; break;
    case 17: { const e = new (rnd(2) ? Error : TypeError)(str().slice(0, 20)); e.stack = `${e.name}: ${e.message}` + (rnd(2) ? '\n    at f (x.js:1:1)' : ''); if (rnd(2)) e.code = 'E' + rnd(100); if (rnd(3) === 0) e.detail = val(d + 1); v = e; break; }
    case 18: v = Object.assign(function named() {}, rnd(2) ? { p: val(d + 1) } : {}); break;
    case 19: { const o = { self: null, v: val(d + 1) }; o.self = rnd(2) ? o : { back: o }; v = o; break; }
    case 20: v = rnd(2) ? Promise.resolve(val(d + 1)) : new Promise(() => {}); break;
    case 21: v = [new Number(rnd(9)), new String(str().slice(0, 5)), new Boolean(rnd(2))][rnd(3)]; break;
    case 22: v = new Map([[1, val(d + 1)]]).entries(); break;
    case 23: v = new Proxy({ t: val(d + 1) }, {}); break;
  }
  if (typeof v === 'object' && v !== null && pool.length < 50) pool.push(v);
  return v;
}
for (let i = 0; i < 400; i++) {
  const v = val(0);
  const opts = [undefined, { depth: 4 }, { compact: 1 }, { breakLength: 60 }, { compact: false }, { sorted: true },
    { showHidden: true }, { depth: 0 }, { maxArrayLength: 5 }, { colors: true }][rnd(10)];
  console.log(i, util.inspect(v, opts));
}
