// Error.captureStackTrace (V8's API, provided for goja): header text, constructorOpt, own non-enumerable stack.
class HttpError extends Error {
  constructor(status, msg) {
    super(msg);
    this.name = 'HttpError';
    this.status = status;
    Error.captureStackTrace(this, HttpError);
  }
}
function makeErr() { return new HttpError(404, 'Not Found'); }
const e = makeErr();
console.log(e.stack.split('\n')[0], e.stack.split('\n').length > 1, Object.keys(e));
const o = { message: 'plain' };
Error.captureStackTrace(o);
console.log(o.stack.split('\n')[0], Object.keys(o), typeof Error.stackTraceLimit);
function f() { const x = {}; Error.captureStackTrace(x, f); return x; }
console.log(f().stack.split('\n')[0]);
console.log(require('util').inspect(e).split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
try { Error.captureStackTrace(1); } catch (err) { console.log(err.name); }
console.log(Object.getOwnPropertyDescriptor(Error, 'captureStackTrace').enumerable, Error.captureStackTrace.name, Error.captureStackTrace.length);
