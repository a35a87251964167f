// assert.ok / assert(): messages quoting the failing call's source.
const assert = require('assert');
function show(fn) {
  try {
    fn();
    console.log('pass');
  } catch (e) {
    console.log(`[${e.code}] ${e.operator} generated=${e.generatedMessage} actual=${String(e.actual)} expected=${e.expected}`);
    console.log(e.message);
  }
}
show(() => assert.ok(false));
show(() => assert(0));
show(() => assert(''));
show(() => assert.ok(null, 'custom'));
show(() => assert.ok());
show(() => assert());
show(() => assert.ok(1 === 2));
show(() => assert.ok(typeof 123 === 'string'));
show(() => assert.ok([].length, undefined));
show(() => assert.strict(false));
show(() => assert.strict.ok(NaN));
show(() => {
  const x = { y: { ok: assert.ok } };
  x.y.ok(false);
});
show(() => assert.ok(
  false,
));
show(() => {
  assert.ok(
    [1, 2].includes(3) &&
      'x' === "y(",
  );
});
show(() => assert.ok(`template ${1 + 1}` === ')'));
show(() => assert.ok(/\)/.test('(')));
show(() => [0].forEach(assert));
show(() => assert.ok(false, new RangeError('thrown as is')));
show(() => assert(false, 'a message'));
