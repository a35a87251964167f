// The named exports Node's cjs-module-lexer finds in a CommonJS module:
// object-literal entries up to the first it cannot read, assignments even
// in dead code, string names.
import * as ns from './fixtures/esm/cjs-lexer-edge.cjs';
console.log(Object.keys(ns), ns.a, ns.b, ns.f, ns['g-h'], typeof ns.fn, ns.neverRuns, 'e' in ns);
