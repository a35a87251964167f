// showHidden over built-in kinds: boxed primitives, arrays, errors, regexps, iterators, DataView, symbols.
const util = require('util');
const sh = { showHidden: true };
const show = (label, v, o = sh) => console.log(label, util.inspect(v, o));
show('boxed str', new String('abc'));
show('boxed num', new Number(1));
show('arr', [1, 2, 3]);
show('err', Object.assign(new Error('x'), { stack: 'Error: x\n    at y (z:1:1)' }));
show('regexp', /x/g);
show('date', new Date(0));
show('map iter', new Map([[1, 2]]).keys());
show('dv', new DataView(new ArrayBuffer(4), 1, 2));
show('args', (function () { return arguments; })(1));
show('sym', Symbol('x'));
show('obj sym nonenum', Object.defineProperty({}, Symbol('h'), { value: 1 }));
show('getter nonenum', Object.defineProperty({}, 'g', { get() { return 1; } }));
show('nested class', { a: new (class A { constructor() { this.z = 1; } get q() { return 1; } })() }, { showHidden: true, depth: 0 });
const p = Promise.reject(Object.assign(new Error('r'), { stack: 'Error: r\n    at a (b:1:1)' }));
p.catch(() => {});
show('promise rejected err', p, {});
show('nested promise obj', { p: Promise.resolve({ deep: { deeper: { deepest: 1 } } }) }, {});
show('set of maps', new Set([new Map([[1, new Set([2])]])]), {});
show('deep', { a: { b: { c: { d: {} } } } }, { depth: 10 });
show('long keys', [{ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffffffff: 6, gg: 7 }], {});
show('ta', new Float32Array([0.5, 1.25]));
show('fn', function withProps() {}, { showHidden: true, depth: 0 });

// WeakMap/WeakSet entries under showHidden (Node sorts them).

const wa = { a: 1 }, wb = { b: 2 };
const wm = new WeakMap([[wa, 1], [wb, { x: 1 }]]);
const ws = new WeakSet([wa, wb]);
console.log(util.inspect(wm, { showHidden: true }), util.inspect(ws, { showHidden: true }), util.inspect(wm, { showHidden: true, sorted: true }));
console.log(util.inspect(new WeakMap([[wa, 1]]), { showHidden: true, maxArrayLength: 0 }));
console.log(util.inspect(new WeakMap(), { showHidden: true }), util.inspect(new WeakSet(), { showHidden: true }), util.inspect(wm));
console.log(util.inspect({ nested: ws }, { showHidden: true }));
