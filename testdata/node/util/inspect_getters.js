// Getters and setters, with and without the getters option.
const util = require('util');
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; },
  set c(v) {},
  get obj() { return { z: 1, nested: { deep: true } }; },
  get nul() { return null; },
  get str() { return 'text'; },
  get throws() { throw new Error('nope'); },
};
console.log(util.inspect(o));
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
class K {
  constructor() { this._v = 5; }
  get v() { return this._v; }
}
console.log(util.inspect(new K()), util.inspect(new K(), { getters: true }));
const withProto = Object.create({ get inherited() { return 1; } });
withProto.own = 1;
console.log(util.inspect(withProto));
const arr = [1];
Object.defineProperty(arr, 'g', { get() { return 2; }, enumerable: true });
console.log(util.inspect(arr), util.inspect(arr, { getters: true }));
