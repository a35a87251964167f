// Pseudo-random util.format strings, console.table inputs and isDeepStrictEqual pairs.
const util = require('util');
let seed = 2024;
function rnd(n) { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; }
function prim() { return [1, -1.5, 0, -0, NaN, 'str', '', '42', 'it\'s', true, null, undefined, 7n, Symbol('s')][rnd(14)]; }
function val(d) {
  const t = rnd(d > 2 ? 3 : 9);
  if (t < 3) return prim();
  if (t === 3) return Array.from({ length: rnd(5) }, () => val(d + 1));
  if (t === 4) { const o = {}; for (let i = 0; i < rnd(4); i++) o['k' + rnd(5)] = val(d + 1); return o; }
  if (t === 5) return new Map(Array.from({ length: rnd(3) }, () => [prim(), val(d + 1)]));
  if (t === 6) return new Set(Array.from({ length: rnd(3) }, () => val(d + 1)));
  if (t === 7) return new Date(rnd(3) * 1e11);
  return [new Uint8Array([rnd(9), rnd(9)]), /re/g, new Number(rnd(3)), new String('s' + rnd(2)), Object.assign(new Error('e' + rnd(2)), { stack: 'Error: fixed' })][rnd(5)];
}
const specs = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%x', 'text ', '%', '%s%s'];
for (let i = 0; i < 150; i++) {
  let fmt = '';
  for (let j = 0; j < rnd(5); j++) fmt += specs[rnd(specs.length)];
  const args = Array.from({ length: rnd(4) }, () => val(0));
  let out;
  try {
    out = util.format(fmt, ...args).replace(/\n {4}at .*/g, '');
  } catch (e) {
    out = `threw ${e.name}`;
  }
  console.log(i, JSON.stringify(fmt), JSON.stringify(out));
}
for (let i = 0; i < 40; i++) {
  const rows = Array.from({ length: rnd(4) }, () => (rnd(4) === 0 ? prim() : Object.fromEntries(Array.from({ length: rnd(4) }, () => ['c' + rnd(4), val(1)]))));
  try {
    console.table(rnd(3) === 0 ? { r1: rows[0], r2: rows[1] } : rows);
  } catch (e) {
    console.log('table threw', e.name);
  }
}
// Deep equality: a value against itself, a structural copy, and a mutated copy.
function copy(v) {
  if (Array.isArray(v)) return v.map(copy);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, copy(x)]));
  if (v instanceof Set) return new Set([...v].map(copy));
  if (v instanceof Date) return new Date(v.getTime());
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  }
  return v;
}
function mutate(v) {
  if (Array.isArray(v)) return v.length ? [...v.slice(1), v[0]] : [0];
  if (v instanceof Map) return new Map([...v, ['new', 1]]);
  if (v instanceof Set) return new Set([...v, 'new']);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return { ...v, extra: 1 };
  return typeof v === 'number' ? v + 1 : 'other';
}
let line = '';
for (let i = 0; i < 300; i++) {
  const a = val(0);
  const b = [a, copy(a), mutate(a), val(0)][rnd(4)];
  line += util.isDeepStrictEqual(a, b) ? '1' : '0';
  if (line.length === 60) { console.log(line); line = ''; }
}
console.log(line);
