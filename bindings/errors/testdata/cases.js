// Shared by errors_test.go (run in handshake) and gen.sh (run in node
// --expose-internals to produce messages.json): describes coded errors.
(function (errors, generic) {
  const describe = (e) => [e.name, e.code, e.message, String(e.stack).split('\n')[0], Object.keys(e).join(',')].join('|');
  const out = {};
  class Foo {}
  const specific = [
    ['ERR_INVALID_ARG_TYPE', 'name', 'string', 1],
    ['ERR_INVALID_ARG_TYPE', 'name', 'string', 'a string that is rather long indeed'],
    ['ERR_INVALID_ARG_TYPE', 'name', 'string', 'short'],
    ['ERR_INVALID_ARG_TYPE', 'name', ['string', 'Buffer', 'URL'], null],
    ['ERR_INVALID_ARG_TYPE', 'name', ['string', 'Buffer', 'TypedArray', 'DataView'], undefined],
    ['ERR_INVALID_ARG_TYPE', 'obj.prop', 'number', {}],
    ['ERR_INVALID_ARG_TYPE', 'first argument', 'object', new Foo()],
    ['ERR_INVALID_ARG_TYPE', 'cb', 'Function', function named() {}],
    ['ERR_INVALID_ARG_TYPE', 'cb', 'function', () => {}],
    ['ERR_INVALID_ARG_TYPE', 'x', ['object', 'Array'], Object.create(null)],
    ['ERR_INVALID_ARG_TYPE', 'x', ['string', 'number', 'bigint', 'boolean'], 5n],
    ['ERR_INVALID_ARG_TYPE', 'x', ['Object', 'Error', 'a valid thing'], Symbol('s')],
    ['ERR_INVALID_ARG_TYPE', 'x', ['an integer', 'a valid thing'], true],
    ['ERR_INVALID_ARG_TYPE', 'x', 'an integer', 1.5],
    ['ERR_INVALID_ARG_TYPE', 'x', 'Array', [1, 2]],
    ['ERR_INVALID_ARG_VALUE', 'enc', 'bad'],
    ['ERR_INVALID_ARG_VALUE', 'opts.x', { a: 1 }, 'must be good'],
    ['ERR_INVALID_ARG_VALUE', 'long', 'x'.repeat(200)],
    ['ERR_OUT_OF_RANGE', 'offset', '>= 0 && <= 10', 11],
    ['ERR_OUT_OF_RANGE', 'offset', '>= 0', 2 ** 40],
    ['ERR_OUT_OF_RANGE', 'offset', '>= 0', -(2 ** 40)],
    ['ERR_OUT_OF_RANGE', 'offset', '>= 0', 123456789012345678901234567890n],
    ['ERR_OUT_OF_RANGE', 'offset', '>= 0', 'str'],
    ['ERR_OUT_OF_RANGE', 'Custom message.', 'fine', 1.5, true],
    ['ERR_MISSING_ARGS', 'a'],
    ['ERR_MISSING_ARGS', 'a', 'b'],
    ['ERR_MISSING_ARGS', 'a', ['b', 'c'], 'd'],
    ['ERR_UNHANDLED_ERROR'],
    ['ERR_UNHANDLED_ERROR', "{ a: 1 }"],
    ['ERR_SOCKET_BAD_PORT', 'port', 70000],
    ['ERR_SOCKET_BAD_PORT', 'Port', -1, false],
    ['ERR_BUFFER_OUT_OF_BOUNDS'],
    ['ERR_BUFFER_OUT_OF_BOUNDS', 'offset'],
    ['ERR_INVALID_RETURN_VALUE', 'an object', 'fn', 5],
    ['ERR_INVALID_RETURN_VALUE', 'an object', 'fn', new Map()],
    ['ERR_INVALID_URL', 'bad url'],
    ['ERR_INVALID_URL_SCHEME', 'file'],
    ['ERR_INVALID_URL_SCHEME', ['file', 'data']],
    ['ERR_UNKNOWN_ENCODING', 'xyz'],
    ['ERR_INVALID_CHAR', 'header content', 'x-a'],
    ['ERR_INVALID_ADDRESS_FAMILY', 'IPv7', 'host', 80],
    ['ERR_FALSY_VALUE_REJECTION', 0],
    ['ERR_INVALID_THIS', 'URL'],
    ['ERR_STREAM_PREMATURE_CLOSE'],
    ['ERR_STREAM_WRITE_AFTER_END'],
    ['ERR_METHOD_NOT_IMPLEMENTED', '_read()'],
    ['ERR_INVALID_STATE', 'closed'],
    ['ERR_ILLEGAL_CONSTRUCTOR'],
  ];
  specific.forEach(([code, ...args], i) => {
    out[`${i}:${code}`] = describe(new errors.codes[code](...args));
  });
  out['RangeError variant'] = describe(new errors.codes.ERR_INVALID_ARG_VALUE.RangeError('x', 1));
  out['TypeError variant'] = describe(new errors.codes.ERR_INVALID_STATE.TypeError('y'));
  out['AbortError'] = describe(new errors.AbortError());
  out['AbortError msg'] = describe(new errors.AbortError('custom', { cause: 'why' }));
  out['AbortError cause'] = String(new errors.AbortError('c', { cause: 'why' }).cause);
  const sys = new errors.codes.ERR_SYSTEM_ERROR({ code: 'ENOENT', message: 'no such file', syscall: 'open', errno: -2, path: '/x' });
  out.SystemError = describe(sys) + '|' + sys.errno + '|' + sys.syscall + '|' + sys.path + '|' + String(sys);
  out.UVException = describe(new errors.UVException({ errno: -2, syscall: 'open', path: '/a', dest: '/b' }));
  const uv = new errors.UVException({ errno: -13, syscall: 'mkdir', path: '/p' });
  out['UVException props'] = [uv.errno, uv.code, uv.syscall, uv.path].join('|');
  out.ErrnoException = describe(new errors.ErrnoException(-111, 'connect', 'extra'));
  out.ExceptionWithHostPort = describe(new errors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080));
  out.DNSException = describe(new errors.DNSException('ENOTFOUND', 'getaddrinfo', 'nohost'));
  out.genericNodeError = describe(errors.genericNodeError('msg', { code: 'X', extra: 1 }));
  out.determine = [1, 'str', null, undefined, {}, new Foo(), function f() {}, () => {}, 5n, Symbol('q'), 'x'.repeat(40)]
    .map((v) => errors.determineSpecificType(v)).join('|');
  out.uvErrmapGet = JSON.stringify(errors.uvErrmapGet(-2));
  if (generic) {
    for (const code of Object.keys(errors.codes).sort()) {
      for (let n = 0; n <= 4; n++) {
        try {
          const args = ['a1', 'a2', 'a3', 'a4'].slice(0, n);
          out[`generic:${code}`] = n + '|' + describe(new errors.codes[code](...args));
          break;
        } catch {
          // try more arguments
        }
      }
    }
  }
  return JSON.stringify(out, null, 1);
})
