// events.once (promise) and events.on (async iterator), with errors and
// AbortSignal.
const { once, on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log('once resolved', await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try { await once(e, 'ready'); } catch (err) { console.log('once rejected', err.message); }
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (err) { console.log(err.name, err.code, err.message); }
  const it = on(e, 'data');
  setTimeout(() => { e.emit('data', 'a'); e.emit('data', 'b'); e.emit('data', 'c'); }, 1);
  const got = [];
  for (let r = await it.next(); !r.done; r = await it.next()) {
    got.push(r.value[0]);
    if (got.length === 3) await it.return();
  }
  console.log('on got', got, e.listenerCount('data'));
})();
