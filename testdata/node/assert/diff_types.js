// Diffs of non-plain values: Maps, Sets, typed arrays, Dates, class
// instances, errors, symbols, getters, sparse arrays, boxed primitives.
const assert = require('assert');
function show(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    console.log('equal');
  } catch (e) {
    console.log(e.message);
  }
}
class Point { constructor(x, y) { this.x = x; this.y = y; } }
show(new Map([['a', 1], ['b', { c: 2 }]]), new Map([['a', 1], ['b', { c: 3 }]]));
show(new Set([1, 2, { x: 1 }]), new Set([1, 2, { x: 2 }]));
show(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]));
show(Buffer.from('abc'), Buffer.from('abd'));
show(new Date(0), new Date(1000));
show(new Point(1, 2), new Point(1, 3));
show(new Point(1, 2), { x: 1, y: 2 });
show(new TypeError('a'), new TypeError('b'));
show(new Error('same'), new RangeError('same'));
show({ [Symbol('k')]: 1 }, { [Symbol('k')]: 1 });
show({ get g() { return 1; } }, { get g() { return 2; } });
show([1, , 3], [1, undefined, 3]);
show(new Number(1), new Number(2));
show(Object(Symbol('s')), Object(Symbol('s')));
show([new Map([[{ k: 1 }, [1, 2]]])], [new Map([[{ k: 1 }, [1, 3]]])]);
show({ b: 1, a: 2, c: { z: 1, y: 2 } }, { a: 2, b: 1, c: { y: 2, z: 3 } });
show('a'.repeat(30) + '\nline2', 'a'.repeat(30) + '\nline3');
show([[[[[['deep']]]]]], [[[[[['deeper']]]]]]);
show(() => 1, () => 1);
show(NaN, 0);
show(-0, 0);
show(1n, 2n);
show(new WeakMap(), new WeakMap());
show(Promise.resolve(1), Promise.resolve(1));
show(/a/g, /a/m);
show(new ArrayBuffer(2), new ArrayBuffer(3));
show(Object.create(null), Object.create(null, { x: { value: 1, enumerable: true } }));
