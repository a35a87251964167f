// Errors: stack head, extra properties, [cause], AggregateError, errors without frames, names.
// Stack frames differ between engines, so frame lines are filtered out.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o).split('\n')
  .filter((l) => !/^\s+at /.test(l) && !/lines matching cause stack trace/.test(l)).join('\n'));
show(new Error('boom'));
const e2 = new TypeError('bad');
e2.code = 'E_X';
e2.extra = { a: 1, nested: { deep: { deeper: 1 } } };
show(e2);
show(new Error('outer', { cause: new Error('inner') }));
show(new Error('outer', { cause: 'just a string' }));
show(new Error('outer', { cause: { code: 1 } }));
show(new Error('outer', { cause: undefined }));
const nostack = new Error('nostack');
nostack.stack = 'Error: nostack';
show(nostack);
show({ nested: nostack });
const empty = new Error('x');
empty.stack = '';
show(empty);
class MyErr extends Error {}
show(new MyErr('m'));
class ValidationError extends Error {}
show(new ValidationError('invalid'));
class NamedErr extends Error { constructor(m) { super(m); this.name = 'NamedErr'; } }
show(new NamedErr('n'));
class CodeErr extends Error { constructor(m) { super(m); this.name = 'CodeErr'; this.code = 'E_CODE'; } }
show(new CodeErr('with code'));
const renamed = new Error('msg');
renamed.name = 'Custom';
show(renamed);
show({ err: new RangeError('r') });
show([new Error('a'), new SyntaxError('s')]);
show(new AggregateError([new Error('a1'), new TypeError('a2')], 'agg'));
show(new Error('multi\nline message'));
show(new Error(''));
show(new Error());
const fake = new Error('x');
fake.stack = 'Error: x\n    at foo (file.js:1:2)\n    at bar (file.js:3:4)';
fake.code = 'ABC';
console.log(util.inspect(fake));
console.log(util.inspect({ e: fake }));
console.log(util.inspect({ deep: { deeper: { e: fake } } }));
const weird = new Error('x');
weird.stack = 'Something else entirely';
console.log(util.inspect(weird));
const np = new Error('x');
Object.setPrototypeOf(np, null);
np.stack = 'Error: x\n    at a (b:1:1)';
console.log(util.inspect(np));
const mismatch = new TypeError('t');
mismatch.stack = 'TypeError: t';
mismatch.name = 'Foo';
console.log(util.inspect(mismatch));
const chain = new Error('c1', { cause: new Error('c2', { cause: new Error('c3') }) });
for (const e of [chain, chain.cause, chain.cause.cause]) e.stack = `Error: ${e.message}\n    at x (y.js:1:1)\n    at z (y.js:2:2)`;
console.log(util.inspect(chain));
const same = new Error('s1', { cause: new Error('s2') });
const frames = '\n    at a (f.js:1:1)\n    at b (f.js:2:2)\n    at c (f.js:3:3)\n    at d (f.js:4:4)\n    at e (f.js:5:5)';
same.stack = 'Error: s1\n    at top (f.js:0:0)' + frames;
same.cause.stack = 'Error: s2\n    at other (f.js:9:9)' + frames;
console.log(util.inspect(same));
const props = new Error('p');
props.stack = 'Error: p';
props.name = 'Error';
props.message = 'p';
console.log(util.inspect(props), Object.keys(props));
const shown = new Error('sh');
shown.stack = 'Error: sh';
console.log(util.inspect(shown, { showHidden: true }));
console.log(util.inspect(shown, { depth: -1 }), util.inspect({ a: { b: { c: shown } } }));
console.log(String(new TypeError('ts')), new RangeError('rr').toString());
try { null.x; } catch (e) { console.log(e.name, e.constructor.name, e instanceof TypeError); }
try { undefinedVariable; } catch (e) { console.log(util.inspect(e).split('\n')[0]); }
const thrower = new Error('t');
Object.defineProperty(thrower, 'cause', { get() { throw new Error('getter'); }, enumerable: false });
thrower.stack = 'Error: t';
console.log(util.inspect(thrower));
