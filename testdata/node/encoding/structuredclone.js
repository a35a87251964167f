// structuredClone: supported types, identity, and DataCloneError.
class Foo { constructor() { this.x = 1; } get y() { return 2; } }
const o = {
  a: 1, b: 'x', c: [1, , 3], d: new Date(0), e: /ab+c/gi, f: new Map([[1, { z: 1 }]]), g: new Set([1, 'a']),
  h: new Foo(), i: null, j: undefined, k: 10n, l: -0, m: NaN, n: new Number(3), s: new String('s'), bo: new Boolean(false),
};
o.self = o;
o.c.prop = 'p';
const c = structuredClone(o);
console.log(c);
console.log(c.self === c, c.h instanceof Foo, Object.is(c.l, -0), c.c.length, 1 in c.c, c.c.prop, c.d instanceof Date, c.d !== o.d, c.e.lastIndex, c.f.get(1) !== o.f.get(1));
const e = new TypeError('bad', { cause: 'why' });
e.extra = 1;
e.code = 'X';
const ce = structuredClone(e);
console.log(ce instanceof TypeError, ce.name, ce.message, ce.cause, ce.extra, ce.code, Object.keys(ce), ce.stack === e.stack, Object.getOwnPropertyNames(ce).sort());
class MyErr extends RangeError { constructor(m) { super(m); this.name = 'MyErr'; } }
const me = structuredClone(new MyErr('m'));
console.log(me.constructor.name, me.name, me.message);
for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const x = structuredClone(new E('msg'));
  console.log(E.name, x.constructor === E, x.name, x.message, x instanceof Error);
}
const ee = new Error('x');
ee.name = 'CustomName';
const cee = structuredClone(ee);
console.log(cee.name, cee.constructor.name, String(cee));
const noMsg = structuredClone(new Error());
console.log(Object.prototype.hasOwnProperty.call(noMsg, 'message'), JSON.stringify(noMsg.message));
const buf = Buffer.from('hi');
const cb = structuredClone(buf);
console.log(cb, cb.constructor.name, cb.buffer !== buf.buffer);
const ab = new ArrayBuffer(4);
const u = new Uint16Array(ab, 2, 1);
u[0] = 0x1234;
const arr = structuredClone([ab, u, new DataView(ab, 1, 2)]);
console.log(arr, arr[1].buffer === arr[0], arr[2].buffer === arr[0], arr[0] !== ab);
console.log(structuredClone([new Int8Array([1, -2]), new Float64Array([1.5]), new BigInt64Array([5n]), new Uint8ClampedArray([300])]));
for (const v of [new WeakMap(), Promise.resolve(), new WeakSet(), Symbol.iterator, Symbol('desc'), { f() {} }, function () { return 1; }, () => {}, class A {}, [1, () => 2], new Map([[1, Symbol('m')]])]) {
  try { console.log(structuredClone(v)); } catch (err) { console.log(err.name, err.code, err.message, err instanceof DOMException, err instanceof Error); }
}
try { structuredClone(); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(structuredClone(undefined), structuredClone(null), structuredClone('s'), structuredClone(1.5), structuredClone(true), structuredClone(12n));
const sp = Object.create({ inherited: 1 });
sp.own = 2;
Object.defineProperty(sp, 'hidden', { value: 3 });
sp[Symbol('s')] = 4;
console.log(structuredClone(sp), Object.getPrototypeOf(structuredClone(sp)) === Object.prototype);
console.log(structuredClone({ get g() { return 'got'; } }));
const shared = { v: 1 };
const two = structuredClone({ p: shared, q: shared, arr: [shared] });
console.log(two.p === two.q, two.arr[0] === two.p);
const m = new Map(); m.set(m, m);
const cm = structuredClone(m);
console.log(cm.get(cm) === cm, cm.size);
console.log(structuredClone(new Date(NaN)).getTime(), structuredClone(/x/y).flags, structuredClone(Object(Symbol.iterator.description)) instanceof String);
console.log(structuredClone([1, 2, 3], { transfer: [] }), structuredClone(new Blob(['ab'])) instanceof Blob);
try { structuredClone(1, 5); } catch (err) { console.log(err.name, err.code, err.message); }
try { structuredClone(Math); console.log('math ok'); } catch (err) { console.log(err.name, err.message); }
// transfer lists
const tab = new ArrayBuffer(4);
new Uint8Array(tab)[0] = 7;
const moved = structuredClone({ tab, v: new Uint8Array(tab) }, { transfer: [tab] });
console.log(tab.byteLength, moved.tab.byteLength, moved.v[0], moved.v.buffer === moved.tab);
for (const opts of [{ transfer: 5 }, { transfer: [5] }, { transfer: [new Uint8Array(2)] }, { transfer: [tab] }, { transfer: null }]) {
  try { console.log(structuredClone(1, opts)); } catch (err) { console.log(err.name, err.code, err.message); }
}
const dup = new ArrayBuffer(2);
try { structuredClone(1, { transfer: [dup, dup] }); } catch (err) { console.log(err.name, err.code, err.message); }
const ab3 = new ArrayBuffer(3);
const c3 = structuredClone([ab3, ab3], { transfer: [ab3] });
console.log(c3[0] === c3[1], c3[0].byteLength, ab3.byteLength);
console.log(structuredClone(new DOMException('x', 'AbortError')), structuredClone(Object.create(Error.prototype)));
class E2 extends TypeError {}
console.log(structuredClone(new E2('sub')).constructor.name);
const tagged = new Error('tagged');
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Foo' });
console.log(structuredClone(tagged) instanceof Error, structuredClone(tagged).message);
