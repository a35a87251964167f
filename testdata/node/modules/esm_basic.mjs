// import/export: default, named, renamed, live bindings, export * and
// export * as, namespace objects' shape.
import named, { count, increment, obj } from './fixtures/esm/counter.mjs';
import * as ns from './fixtures/esm/counter.mjs';
import * as re from './fixtures/esm/reexport.mjs';
import { counterDefault, renamedCount, own, counterNs } from './fixtures/esm/reexport.mjs';

console.log(named(), count, typeof increment, obj);
increment();
increment();
console.log('live binding', count, ns.count, re.count, renamedCount);
console.log('same function', counterDefault === named, counterNs === ns, own);
console.log('namespace keys', Object.keys(ns), Object.keys(re));
console.log('toStringTag', Object.prototype.toString.call(ns), ns[Symbol.toStringTag]);
console.log("prototype", Object.getPrototypeOf(ns), Object.isExtensible(ns));
const d = Object.getOwnPropertyDescriptor(ns, 'count');
console.log('descriptor enumerable/configurable', d.enumerable, d.configurable);
try {
  ns.count = 5;
} catch (e) {
  console.log('assign to namespace:', e.constructor.name);
}
try {
  ns.extra = 1;
} catch (e) {
  console.log('add to namespace:', e.constructor.name);
}
console.log('in', 'count' in ns, 'nope' in ns, 'default' in ns);
console.log('this at top level', this);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
