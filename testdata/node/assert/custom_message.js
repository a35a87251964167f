// Custom messages: strict comparisons keep the diff under the message (v20.20).
const assert = require('assert');
const t = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); } };
t(() => assert.strictEqual(1, 2, 'msg'));
t(() => assert.strictEqual({a:1}, {a:1}, 'msg'));
t(() => assert.deepStrictEqual({a:1}, {a:2}, 'msg'));
t(() => assert.deepStrictEqual('hello world', 'hello there', 'msg'));
t(() => assert.notStrictEqual(1, 1, 'msg'));
t(() => assert.deepEqual(1, 2, 'msg'));
t(() => { throw new assert.AssertionError({actual: 1, expected: 2, operator: 'strictEqual', message: 'm'}) });
t(() => { throw new assert.AssertionError({actual: 1, expected: 2, operator: 'deepStrictEqual', message: 5}) });
t(() => assert.throws(() => { throw new Error('x') }, { message: 'y' }, 'msg'));
