// Anonymous default exports are named "default" (functions, classes, arrows).
import fn from './fixtures/esm/defaults/fn.mjs';
import cls from './fixtures/esm/defaults/cls.mjs';
import arrow from './fixtures/esm/defaults/arrow.mjs';
import asyncFn from './fixtures/esm/defaults/async.mjs';
import named from './fixtures/esm/defaults/named.mjs';
import value from './fixtures/esm/defaults/value.mjs';
console.log([fn.name, cls.name, arrow.name, asyncFn.name, named.name], value, cls.x, fn());
