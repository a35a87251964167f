// assert.ok call sites that are harder to quote: nesting, comments,
// strings with brackets, multi-line arguments, control characters, async.
const assert = require('assert');
const { ok } = assert;
function show(fn) {
  try {
    fn();
    console.log('pass');
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
const obj = { check: assert, deep: { ok: assert.ok } };
show(() => ok(false));
show(() => obj.check(0));
show(() => obj.deep.ok(null));
show(() => obj['deep'].ok(''));
show(() => assert.ok(/* inline ( comment */ false));
show(() => assert.ok('a)b' === 'c(d'));
show(() => assert.ok("\u0001" === 'x'));
show(() => assert.ok(`multi
line ${'template'}` === ''));
show(() => assert.ok([1, 2, 3].map((x) => x * 2).includes(7)));
show(() => assert(
  // comment line
  false,
));
show(() => {
    assert.ok(
        1 > 2,
    );
});
show(() => assert.ok((() => false)()));
show(() => assert.ok(typeof undefinedVariable !== 'undefined'));
show(() => { if (true) assert(0 || ''); });
show(() => assert.ok(new Set([1]).has(2)), 'x');
show(() => assert.strict.ok(0));
show(() => [1].forEach((x) => assert(x > 5)));
show(() => assert.ok( false ));
show(() => assert.ok(false) ); show(() => assert(null));
(async () => {
  await null;
  show(() => assert.ok(false));
  try {
    await (async () => { assert(Number('x') === 1); })();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
})();
