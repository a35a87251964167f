// Importing CommonJS: default is module.exports, named exports are the
// names cjs-module-lexer finds (snapshotted after evaluation); builtins too.
import lib, { alpha, beta, gamma, delta, later } from './fixtures/esm/cjs-lib.cjs';
import * as libNs from './fixtures/esm/cjs-lib.cjs';
import obj, { one, two } from './fixtures/esm/cjs-object.cjs';
import fn, * as fnNs from './fixtures/esm/cjs-fn.cjs';
import pathDefault, { join, basename } from 'node:path';
import * as eventsNs from 'events';
import EventEmitter, { once } from 'events';
import legacy from './fixtures/typemod/legacy.cjs';

console.log(alpha, beta, gamma(), delta, later, lib === libNs.default);
console.log('cjs namespace keys', Object.keys(libNs));
console.log(one, two(), obj.three, obj.four);
console.log(fn(), fnNs.default.prop, Object.keys(fnNs));
console.log(pathDefault.join === join, basename('/a/b.txt'), typeof eventsNs.default, eventsNs.default === EventEmitter);
console.log(typeof once, EventEmitter.once === once);
console.log(legacy);
setTimeout(() => console.log('later: namespace snapshot', libNs.later, 'module.exports', lib.later), 5);
import processDefault, { argv, nextTick } from 'node:process';
console.log(processDefault === process, argv === process.argv, typeof nextTick);
