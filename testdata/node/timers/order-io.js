// Inside an I/O callback setImmediate always runs before setTimeout 0;
// ticks and promise jobs run between callbacks.
const fs = require('fs');
const log = [];
fs.readFile(__filename, () => {
  log.push('io');
  setTimeout(() => log.push('timeout'), 0);
  setImmediate(() => {
    log.push('immediate');
    process.nextTick(() => log.push('immediate.tick'));
  });
  process.nextTick(() => log.push('io.tick'));
  Promise.resolve().then(() => log.push('io.promise'));
});
process.on('exit', () => console.log(log.join('\n')));
