// console.dir with options, and its customInspect: false default.
console.dir({ a: { b: { c: { d: { e: 1 } } } } });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
console.dir([1, 2, 3], { colors: true });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom ignored'; }, v: 1 });
console.dir('a string');
console.dir(new Map([[1, { x: [1, 2] }]]), { compact: false });
console.dir(Object.defineProperty({}, 'hidden', { value: 1 }), { showHidden: true });
console.dir();
