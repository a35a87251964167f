// util.inherits, _extend, toUSVString, stripVTControlCharacters, styleText, getSystemErrorName, isDeepStrictEqual basics.
const util = require('util');
const EventEmitter = require('events');
function Parent() { this.p = 1; }
Parent.prototype.hello = function () { return 'hello from ' + this.p; };
function Child() { Parent.call(this); this.c = 2; }
util.inherits(Child, Parent);
const ch = new Child();
console.log(ch.hello(), Child.super_ === Parent, ch instanceof Parent, util.inspect(ch));
function MyEmitter() { EventEmitter.call(this); }
util.inherits(MyEmitter, EventEmitter);
const em = new MyEmitter();
em.on('x', (v) => console.log('got', v));
em.emit('x', 42);
for (const [a, b] of [[null, Parent], [Child, null], [Child, {}], [undefined, undefined]]) {
  try { util.inherits(a, b); } catch (e) { console.log(e.code, e.message); }
}
console.log(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m'));
try { util.stripVTControlCharacters(5); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(util.styleText('red', 'x')), JSON.stringify(util.styleText(['bold', 'underline'], 'y')));
console.log(JSON.stringify(util.styleText('green', 'z', { validateStream: false })));
try { util.styleText('nocolor', 'x'); } catch (e) { console.log(e.code, e.message.slice(0, 70)); }
try { util.styleText('red', 5); } catch (e) { console.log(e.code, e.message); }
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98));
try { util.getSystemErrorName(2); } catch (e) { console.log(e.code, e.message); }
try { util.getSystemErrorName('x'); } catch (e) { console.log(e.code, e.message); }
console.log(util.getSystemErrorMap().get(-2), util.getSystemErrorMap().size > 50);
console.log(util.isArray([]), util.isArray({}), typeof util.TextEncoder, typeof util.TextDecoder);
console.log(Object.keys(util).filter((k) => typeof util[k] === 'function').length > 30);
const ex = util._errnoException(-2, 'open');
console.log(ex.message, ex.code, ex.errno, ex.syscall);
const hp = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(hp.message, hp.code, hp.address, hp.port);
