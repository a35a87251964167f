// Evaluation order of a graph: dependencies first, depth-first in import
// order, each module once (a diamond evaluates its bottom once).
import { order } from './fixtures/esm/log.mjs';
import './fixtures/esm/diamond-top.mjs';
import './fixtures/esm/diamond-left.mjs';
console.log('order', order.join(' > '));
