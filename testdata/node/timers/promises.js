// timers/promises: setTimeout/setImmediate resolve with their value,
// abort with AbortError, setInterval as an async iterator; util.promisify.
const tp = require('timers/promises');
const util = require('util');
(async () => {
  console.log(await tp.setTimeout(5, 'value'));
  console.log(await tp.setImmediate('imm'));
  const ac = new AbortController();
  const p = tp.setTimeout(1000, null, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  let n = 0;
  const it = tp.setInterval(2, 'tick');
  for (let r = await it.next(); !r.done; r = await it.next()) {
    console.log(r.value, ++n);
    if (n === 3) await it.return();
  }
  console.log(await util.promisify(setTimeout)(3, 'promisified'));
  console.log(await tp.scheduler.wait(2), 'waited');
  try { setTimeout('not a function'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { setImmediate(); } catch (e) { console.log(e.code, e.message); }
})();
