// util.types predicates over many kinds of values, plus legacy util.is* helpers.
const util = require('util');
const { types } = util;
const values = {
  num: 1, str: 's', nul: null, undef: undefined, sym: Symbol('s'), big: 1n, obj: {}, arr: [],
  fn: function () {}, arrow: () => {}, asyncFn: async function () {}, asyncArrow: async () => {}, genFn: function* () {},
  asyncMethod: { async m() {} }.m, genMethod: { *g() {} }.g, cls: class {},
  gen: (function* () {})(), date: new Date(), re: /x/, err: new Error('e'), typeErr: new TypeError('t'),
  errLike: { name: 'Error', message: 'm' }, subErr: new (class E extends Error {})(),
  map: new Map(), set: new Set(), wmap: new WeakMap(), wset: new WeakSet(),
  mapIter: new Map().entries(), setIter: new Set().values(), arrIter: [][Symbol.iterator](),
  promise: Promise.resolve(), thenable: { then() {} }, proxy: new Proxy({}, {}), proxyFn: new Proxy(function () {}, {}),
  ab: new ArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)), u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1),
  i8: new Int8Array(1), u16: new Uint16Array(1), i16: new Int16Array(1), u32: new Uint32Array(1), i32: new Int32Array(1),
  f32: new Float32Array(1), f64: new Float64Array(1), bi64: new BigInt64Array(1), bu64: new BigUint64Array(1),
  buf: Buffer.alloc(1), numObj: new Number(1), strObj: new String('s'), boolObj: new Boolean(true),
  symObj: Object(Symbol('q')), bigObj: Object(1n), args: (function () { return arguments; })(),
  nullProto: Object.create(null), fakeDate: Object.create(Date.prototype), fakeMap: Object.create(Map.prototype),
};
const preds = Object.keys(types).filter((k) => k !== 'isExternal' && k !== 'isModuleNamespaceObject' && k !== 'isKeyObject' && k !== 'isCryptoKey').sort();
for (const p of preds) {
  const hits = Object.keys(values).filter((k) => types[p](values[k]));
  console.log(p.padEnd(22), hits.join(' '));
}
const legacy = ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull', 'isNullOrUndefined',
  'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined'];
for (const p of legacy) {
  const hits = Object.keys(values).filter((k) => util[p](values[k]));
  console.log(p.padEnd(22), hits.join(' '));
}
console.log(typeof types.isExternal, types.isExternal({}), types.isModuleNamespaceObject({}));
console.log(require('util/types') === types, Object.keys(types).length);
const k = require('crypto').createSecretKey(Buffer.from('abc'));
console.log(types.isKeyObject(k), types.isKeyObject({}), types.isKeyObject(1), types.isCryptoKey({}), types.isCryptoKey(k));
