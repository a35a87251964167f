// DOMException: names, legacy codes, shape.
const d = new DOMException('m', 'DataCloneError');
console.log(d.name, d.code, d.message, d instanceof Error, Object.keys(d), String(d), d.stack.split('\n')[0]);
console.log(require('util').inspect(d).split('\n')[0]);
console.log(Object.getOwnPropertyNames(DOMException.prototype).length, DOMException.DATA_CLONE_ERR, DOMException.prototype.ABORT_ERR, new DOMException().name, JSON.stringify(new DOMException().message), new DOMException('x', { name: 'AbortError' }).code);
const withCause = new DOMException('a', { name: 'X', cause: 1 });
console.log(withCause.cause, withCause.code, withCause.name, Object.getOwnPropertyNames(withCause).sort());
try { DOMException.prototype.name; } catch (e) { console.log(e.code, e.message); }
try { DOMException('a'); } catch (e) { console.log(e.name); }
console.log(String(new DOMException()), new DOMException(undefined, undefined).name, JSON.stringify(new DOMException(null).message), Object.prototype.toString.call(d));
for (const name of ['IndexSizeError', 'NotFoundError', 'SyntaxError', 'AbortError', 'TimeoutError', 'InvalidStateError', 'QuotaExceededError', 'NotAllowedError', 'EncodingError']) {
  const e = new DOMException('msg', name);
  console.log(name, e.code, e.name, `${e}`);
}
console.log(Object.keys(DOMException).slice(0, 5), typeof DOMException, DOMException.name, DOMException.length);
try { throw new DOMException('thrown', 'NotSupportedError'); } catch (e) { console.log(e.name, e.message, e.code); }
