// util.isDeepStrictEqual over many pairs (the algorithm assert.deepStrictEqual shares).
const util = require('util');
const a1 = [1, 2]; a1.extra = 1;
const a2 = [1, 2]; a2.extra = 1;
const circ1 = { v: 1 }; circ1.self = circ1;
const circ2 = { v: 1 }; circ2.self = circ2;
const sym = Symbol('s');
const pairs = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [null, undefined], ['a', 'a'], [1n, 1n],
  [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }], [{ a: 1 }, { b: 1 }], [{ a: undefined }, {}],
  [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, , 3], [1, undefined, 3]], [a1, a2], [a1, [1, 2]],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [/a/g, /a/g], [/a/g, /a/i],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, { x: 1 }]), new Set([{ x: 1 }, 1])], [new Set([1]), new Set(['1'])],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [Object.create(null), {}], [new Number(1), new Number(1)], [new Number(1), 1], [new String('a'), new String('b')],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Error('x'), new Error('y')],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  [new Float64Array([0]), new Float64Array([-0])], [Buffer.from('ab'), Buffer.from('ab')], [Buffer.from('ab'), new Uint8Array([97, 98])],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [circ1, circ2], [{ [sym]: 1 }, { [sym]: 1 }], [{ [sym]: 1 }, {}],
  [new (class A {})(), new (class A {})()], [function () {}, function () {}], [[{ a: [{ b: 1 }] }], [{ a: [{ b: 1 }] }]],
  [{ a: [1, { b: new Map([['c', new Set([1])]]) }] }, { a: [1, { b: new Map([['c', new Set([1])]]) }] }],
  [new WeakMap(), new WeakMap()], [Promise.resolve(), Promise.resolve()], [Symbol('x'), Symbol('x')],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [[1, 2, 3], { 0: 1, 1: 2, 2: 3, length: 3 }],
];
pairs.forEach(([x, y], i) => console.log(i, util.isDeepStrictEqual(x, y)));
