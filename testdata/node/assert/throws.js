// assert.throws / doesNotThrow matchers: classes, RegExp, validation
// objects, validation functions, messages, argument errors.
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'pass');
  } catch (e) {
    console.log(label, `[${e.name}] ${e.code} op=${e.operator} gen=${e.generatedMessage}`);
    console.log(e.message);
  }
}
const thrower = (err) => () => { throw err; };
class MyError extends Error {}
show('class ok', () => assert.throws(thrower(new TypeError('t')), TypeError));
show('class base ok', () => assert.throws(thrower(new TypeError('t')), Error));
show('class wrong', () => assert.throws(thrower(new TypeError('bad thing')), RangeError));
show('class same name', () => assert.throws(thrower(new (class TypeError extends Error {})('x')), TypeError));
show('class non-error', () => assert.throws(thrower({ a: 1 }), MyError));
show('class string thrown', () => assert.throws(thrower('str'), MyError));
show('regexp ok', () => assert.throws(thrower(new Error('abc')), /b/));
show('regexp fail', () => assert.throws(thrower(new Error('abc')), /z/));
show('object ok', () => assert.throws(thrower(Object.assign(new Error('m'), { code: 'X' })), { code: 'X', message: 'm' }));
show('object regexp ok', () => assert.throws(thrower(new Error('hello')), { message: /ell/ }));
show('object fail', () => assert.throws(thrower(Object.assign(new Error('m'), { code: 'X' })), { code: 'Y', message: 'm' }));
show('object missing key', () => assert.throws(thrower(new Error('m')), { code: 'Y' }));
show('object nested', () => assert.throws(thrower(Object.assign(new Error('m'), { info: { a: [1, 2] } })), { info: { a: [1, 3] } }));
show('object regexp fail', () => assert.throws(thrower(new Error('hello')), { message: /zzz/, name: 'Error' }));
show('error instance', () => assert.throws(thrower(new Error('a')), new Error('b')));
show('error instance ok', () => assert.throws(thrower(new TypeError('a')), new TypeError('a')));
show('empty object', () => assert.throws(thrower(new Error('a')), {}));
show('primitive thrown', () => assert.throws(thrower(5), { a: 1 }));
show('fn true', () => assert.throws(thrower(new Error('a')), (e) => e.message === 'a'));
show('fn false', () => assert.throws(thrower(new Error('a')), (e) => e.message === 'b'));
show('fn named', () => assert.throws(thrower(new Error('a')), function check() { return 1; }));
show('no throw', () => assert.throws(() => {}));
show('no throw msg', () => assert.throws(() => {}, 'should throw'));
show('no throw class', () => assert.throws(() => {}, TypeError, 'ctx'));
show('no throw class2', () => assert.throws(() => {}, TypeError));
show('custom msg', () => assert.throws(thrower(new Error('x')), RangeError, 'custom text'));
show('ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
show('ambiguous2', () => assert.throws(thrower('same'), 'same'));
show('bad error arg', () => assert.throws(thrower(new Error('x')), 5));
show('bad string+msg', () => assert.throws(thrower(new Error('x')), 'a', 'b'));
show('not fn', () => assert.throws('nope'));
show('dnt pass', () => assert.doesNotThrow(() => 1));
show('dnt fail', () => assert.doesNotThrow(thrower(new Error('boom'))));
show('dnt fail msg', () => assert.doesNotThrow(thrower(new Error('boom')), 'with message'));
show('dnt class match', () => assert.doesNotThrow(thrower(new TypeError('boom')), TypeError, 'msg'));
show('dnt class nomatch', () => assert.doesNotThrow(thrower(new TypeError('boom')), RangeError));
show('dnt regexp', () => assert.doesNotThrow(thrower(new Error('boom')), /oo/));
show('dnt bad', () => assert.doesNotThrow(thrower(new Error('boom')), 5));
show('match ok', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /z/));
show('match nonstring', () => assert.match(123, /1/));
show('match bad re', () => assert.match('a', 'a'));
show('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch ok', () => assert.doesNotMatch('abc', /z/));
show('match own msg', () => assert.match('abc', /z/, 'mine'));
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
show('ifError err', () => assert.ifError(new Error('original')));
show('ifError empty', () => assert.ifError(new TypeError('')));
show('ifError value', () => assert.ifError('str'));
show('ifError 0', () => assert.ifError(0));
show('fail none', () => assert.fail());
show('fail msg', () => assert.fail('boom'));
show('fail err', () => assert.fail(new TypeError('as is')));
