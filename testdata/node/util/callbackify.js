// util.callbackify: resolved, rejected, falsy rejection, names and lengths, validation.
const util = require('util');
async function ok(a) { return a * 2; }
async function fail() { throw new TypeError('nope'); }
function rejectsNull() { return Promise.reject(null); }
function rejectsZero() { return Promise.reject(0); }
const cok = util.callbackify(ok);
console.log(cok.name, cok.length);
cok(21, (err, v) => console.log('ok', err, v));
util.callbackify(fail)((err, v) => console.log('fail', err.name, err.message, v));
util.callbackify(rejectsNull)((err) => console.log('null', err.code, err.message, err.reason));
util.callbackify(rejectsZero)((err) => console.log('zero', err.code, err.reason));
const obj = { v: 5, async m() { return this.v; } };
obj.cm = util.callbackify(obj.m);
obj.cm((err, v) => console.log('this', v));
try { util.callbackify('x'); } catch (e) { console.log(e.code, e.message); }
try { cok(1); } catch (e) { console.log(e.code, e.message); }
try { cok(1, 'notfn'); } catch (e) { console.log(e.code, e.message); }
console.log('sync end');
