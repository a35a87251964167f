// A script in the shape people write: top-level await on events, timers
// and dynamic imports, createRequire for JSON, a config module chosen at
// run time.
import { EventEmitter, once } from 'node:events';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';

const require = createRequire(import.meta.url);
const data = require('./fixtures/cjs/data.json');
console.log('config', data.name, data.list.length);

class Job extends EventEmitter {
  start(ms) {
    setTimeout(() => this.emit('done', { ms, at: 'timer' }), ms);
    return this;
  }
}

const [result] = await once(new Job().start(5), 'done');
console.log('job finished', result);

const slept = await sleep(3, 'slept value');
console.log(slept);

const which = process.argv.length > 5 ? 'reexport' : 'counter';
const mod = await import(`./fixtures/esm/${which}.mjs`);
mod.increment();
console.log('dynamic module', which, mod.count);

const results = await Promise.allSettled([
  sleep(2).then(() => 'ok'),
  import('./fixtures/esm/throws.mjs'),
]);
console.log(results.map((r) => r.status + ':' + (r.value || r.reason.message)));
console.log('file', path.basename(import.meta.filename));
