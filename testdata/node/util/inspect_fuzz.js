// Deterministic pseudo-random nested values (objects, arrays, Maps, Sets, class instances, strings with
// quotes and newlines) printed with several inspect options: stresses line breaking and grouping.
const util = require('util');
let seed = 7;
function rnd(n) { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; }
function str() { const len = [0, 1, 3, 8, 15, 30, 60, 90][rnd(8)]; let s = ''; for (let i = 0; i < len; i++) s += 'abcdefghij \n\'"'[rnd(rnd(10) === 0 ? 14 : 11)]; return s; }
function key() { return ['a', 'bb', 'key', 'longerKeyName', 'with space', '1', 'x-y', 'k' + rnd(100)][rnd(8)]; }
function val(d) {
  const t = rnd(d > 3 ? 6 : 16);
  switch (t) {
    case 0: return rnd(1000) - 500;
    case 1: return str();
    case 2: return [null, undefined, true, false, NaN, -0][rnd(6)];
    case 3: return rnd(3) ? rnd(100000) / 7 : BigInt(rnd(1000));
    case 4: return Symbol(str().slice(0, 5));
    case 5: return rnd(2) ? new Date(rnd(1e12)) : /ab+c/g;
    case 6: case 7: case 8: { const o = {}; const n = rnd(8); for (let i = 0; i < n; i++) o[key()] = val(d + 1); return o; }
    case 9: case 10: { const n = [0, 1, 3, 7, 12, 30, 120][rnd(7)]; const a = []; const kind = rnd(3); for (let i = 0; i < n; i++) a.push(kind === 0 ? rnd(10 ** rnd(6)) : kind === 1 ? str().slice(0, rnd(12)) : val(d + 1)); return a; }
    case 11: { const m = new Map(); const n = rnd(5); for (let i = 0; i < n; i++) m.set(rnd(2) ? key() : val(d + 2), val(d + 1)); return m; }
    case 12: { const s = new Set(); const n = rnd(6); for (let i = 0; i < n; i++) s.add(val(d + 1)); return s; }
    case 13: { class K { constructor() { this.p = val(d + 1); } } return new K(); }
    case 14: { const o = Object.create(null); o[key()] = val(d + 1); return o; }
    case 15: return rnd(2) ? new Uint8Array(rnd(40)) : function namedFn() {};
  }
}
for (let i = 0; i < 250; i++) {
  const v = val(0);
  const opts = [undefined, { depth: 4 }, { compact: 1 }, { breakLength: 60 }, { compact: false }, { sorted: true }][rnd(6)];
  console.log(i, util.inspect(v, opts));
}
