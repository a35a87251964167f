// Shared by the net differential scripts: a per-object event log printed at
// exit, since the order between client and server depends on scheduling.
'use strict';
function recorder() {
  const logs = {};
  const rec = {
    log(side, ...what) {
      (logs[side] = logs[side] || []).push(what.join(' '));
    },
  };
  process.on('exit', () => {
    for (const side of Object.keys(logs).sort()) {
      console.log(`${side}:`);
      for (const l of logs[side]) console.log(`  ${l}`);
    }
  });
  return rec;
}
module.exports = { recorder };
