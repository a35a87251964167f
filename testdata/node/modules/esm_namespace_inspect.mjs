// How module namespace objects print (util.inspect needs
// util.types.isModuleNamespaceObject, which handshake answers through
// require('internal/modules/esm/ns').isModuleNamespaceObject).
import * as ns from './fixtures/esm/counter.mjs';
import * as cjs from './fixtures/esm/cjs-object.cjs';
import { types } from 'node:util';
console.log(ns);
console.log(cjs);
console.log(types.isModuleNamespaceObject(ns), types.isModuleNamespaceObject({}));
console.log([ns], { ns });
