// Cycles: the module that closes the cycle runs first and sees the other's
// hoisted functions, while its let bindings are still in their TDZ.
import { a, aFn } from './fixtures/esm/cycle-a.mjs';
import { bFn } from './fixtures/esm/cycle-b.mjs';
console.log('main:', a, aFn(), bFn());
