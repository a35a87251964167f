// Shared by the tls differential scripts: certificates from testdata/certs
// and a per-object event log printed at the end, since the order *between*
// client and server depends on scheduling (in node as in handshake).
'use strict';
const fs = require('fs');
const path = require('path');

const certDir = path.join(__dirname, '..', '..', 'certs');
function cert(name) {
  return fs.readFileSync(path.join(certDir, name));
}

// recorder collects lines per side and prints them when the process exits.
function recorder() {
  const logs = {};
  const rec = {
    log(side, ...what) {
      (logs[side] = logs[side] || []).push(what.join(' '));
    },
    print() {
      for (const side of Object.keys(logs).sort()) {
        console.log(`${side}:`);
        for (const l of logs[side]) console.log(`  ${l}`);
      }
    },
  };
  process.on('exit', () => rec.print());
  return rec;
}

const serverOptions = () => ({ key: cert('server-ec-key.pem'), cert: cert('server-ec-chain.pem') });

module.exports = { cert, recorder, serverOptions };
