'use strict';
// internal/util/types — follows Node's lib/internal/util/types.js and the
// V8 brand checks behind util.types. Engine-level kinds come from the Go
// op kindOf (see binding.go); the rest use JavaScript brand checks.

const { kindOf, proxyDetails } = internalBinding('internal/util/inspect');

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function kind(v) {
  return isObjectLike(v) ? kindOf(v) : '';
}

function isTypedArray(v) {
  return isObjectLike(v) && typedArrayTag.call(v) !== undefined;
}
function taCheck(name) {
  return (v) => isObjectLike(v) && typedArrayTag.call(v) === name;
}

function isArrayBuffer(v) { return kind(v) === 'arrayBufferObject' && !isSharedArrayBuffer(v); }
function isSharedArrayBuffer(v) {
  if (typeof SharedArrayBuffer !== 'function' || !isObjectLike(v)) return false;
  try {
    Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(v);
    return true;
  } catch {
    return false;
  }
}
function isAnyArrayBuffer(v) { return kind(v) === 'arrayBufferObject'; }
function isDataView(v) { return kind(v) === 'dataViewObject'; }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isDate(v) { return kind(v) === 'dateObject'; }
function isRegExp(v) { return kind(v) === 'regexpObject'; }
function isMap(v) { return kind(v) === 'mapObject'; }
function isSet(v) { return kind(v) === 'setObject'; }
function isWeakMap(v) { return kind(v) === 'weakMapObject'; }
function isWeakSet(v) { return kind(v) === 'weakSetObject'; }
function isMapIterator(v) { return kind(v) === 'mapIterObject'; }
function isSetIterator(v) { return kind(v) === 'setIterObject'; }
function isPromise(v) { return kind(v) === 'Promise'; }
function isProxy(v) { return isObjectLike(v) && proxyDetails(v) !== undefined; }
function isNativeError(v) { return kind(v) === 'errorObject'; }
function isArgumentsObject(v) { return kind(v) === 'argumentsObject'; }
function isGeneratorObject(v) { return kind(v) === 'generatorObject'; }
function isGeneratorFunction(v) {
  const k = kind(v);
  return k === 'generatorFuncObject' || k === 'generatorMethodFuncObject';
}
function isAsyncFunction(v) {
  const k = kind(v);
  return k === 'asyncFuncObject' || k === 'asyncMethodFuncObject' || k === 'asyncArrowFuncObject';
}

function tryValueOf(fn, v) {
  try {
    fn.call(v);
    return true;
  } catch {
    return false;
  }
}
function isNumberObject(v) { return typeof v === 'object' && v !== null && tryValueOf(Number.prototype.valueOf, v); }
function isStringObject(v) { return typeof v === 'object' && v !== null && tryValueOf(String.prototype.valueOf, v); }
function isBooleanObject(v) { return typeof v === 'object' && v !== null && tryValueOf(Boolean.prototype.valueOf, v); }
function isBigIntObject(v) { return typeof v === 'object' && v !== null && tryValueOf(BigInt.prototype.valueOf, v); }
function isSymbolObject(v) { return typeof v === 'object' && v !== null && tryValueOf(Symbol.prototype.valueOf, v); }
function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
}

// The crypto classes load only when an object is asked about.
function isKeyObject(v) {
  if (!isObjectLike(v)) return false;
  try {
    return v instanceof require('internal/crypto/keys').KeyObject;
  } catch {
    return false;
  }
}
function isCryptoKey(v) {
  if (!isObjectLike(v)) return false;
  try {
    return v instanceof require('internal/crypto/webcrypto').CryptoKey;
  } catch {
    return false;
  }
}

module.exports = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isBoxedPrimitive,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject(v) {
    return require('internal/modules/esm/ns').isModuleNamespaceObject(v);
  },
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: taCheck('Uint8Array'),
  isUint8ClampedArray: taCheck('Uint8ClampedArray'),
  isUint16Array: taCheck('Uint16Array'),
  isUint32Array: taCheck('Uint32Array'),
  isInt8Array: taCheck('Int8Array'),
  isInt16Array: taCheck('Int16Array'),
  isInt32Array: taCheck('Int32Array'),
  isFloat32Array: taCheck('Float32Array'),
  isFloat64Array: taCheck('Float64Array'),
  isBigInt64Array: taCheck('BigInt64Array'),
  isBigUint64Array: taCheck('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};
