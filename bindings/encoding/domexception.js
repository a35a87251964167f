'use strict';
// internal/per_context/domexception — follows Node's
// lib/internal/per_context/domexception.js: the WebIDL DOMException.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');

const kState = Symbol('kState');

// Legacy name → code table (WebIDL §3.14.1), in Node's order.
const legacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const nameToCode = new Map(legacy.map(([name, , code]) => [name, code]));

function state(self) {
  const s = self != null && typeof self === 'object' ? self[kState] : undefined;
  if (s === undefined) {
    // Node's own wording here lacks "type".
    const err = new ERR_INVALID_THIS('DOMException');
    Object.defineProperty(err, 'message', {
      value: 'Value of "this" must be of DOMException', writable: true, configurable: true, enumerable: false,
    });
    if (typeof err.stack === 'string') err.stack = err.stack.replace(/must be of type DOMException/, 'must be of DOMException');
    throw err;
  }
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    const st = { message: `${message}`, name: 'Error' };
    if (options !== null && typeof options === 'object') {
      st.name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      st.name = `${options}`;
    }
    Object.defineProperty(this, kState, { value: st, enumerable: false });
    // The stack reads "Name: message" first, as V8's captureStackTrace gives.
    const carrier = new Error(st.message);
    carrier.name = st.name;
    let stack = carrier.stack;
    if (typeof stack === 'string') {
      const nl = stack.indexOf('\n');
      const head = st.message ? `${st.name}: ${st.message}` : st.name;
      stack = nl < 0 ? head : head + stack.slice(nl);
    }
    Object.defineProperty(this, 'stack', {
      value: stack, configurable: true, writable: true, enumerable: false,
    });
  }

  get name() { return state(this).name; }

  get message() { return state(this).message; }

  get code() { return nameToCode.get(state(this).name) || 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (const k of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, k, { enumerable: true });
}
for (const [, constName, code] of legacy) {
  const desc = { enumerable: true, value: code };
  Object.defineProperty(DOMException, constName, desc);
  Object.defineProperty(DOMException.prototype, constName, desc);
}

module.exports = DOMException;
