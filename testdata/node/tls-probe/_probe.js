// Helpers for the TLS probe scripts: certificate loading, a stable
// description of errors, and running cases one after another.
'use strict';
const fs = require('fs');
const path = require('path');

const certs = path.join(__dirname, '..', '..', 'certs');

function read(name) {
  return fs.readFileSync(path.join(certs, name));
}

// OpenSSL messages of handshake errors start with a thread id and end with
// the OpenSSL source file and line: keep the stable middle part.
function stableMessage(m) {
  if (process.env.PROBE_RAW) return String(m);
  return String(m)
    .replace(/^[0-9A-F]+:error:/, '<tid>:error:')
    .replace(/:[^:]*\.c:\d+:/, ':<file>:<line>:');
}

function describe(e) {
  if (!e || typeof e !== 'object') return JSON.stringify(e) ?? String(e);
  const extra = Object.keys(e).filter((k) => !['code', 'library', 'reason', 'stack'].includes(k));
  let s = `${e.name} code=${e.code} message=${JSON.stringify(stableMessage(e.message))}`;
  if ('library' in e) s += ` library=${JSON.stringify(e.library)} reason=${JSON.stringify(e.reason)}`;
  if (extra.length) s += ` extra=${JSON.stringify(extra)}`;
  if (e.opensslErrorStack) s += ` opensslErrorStack=${JSON.stringify(e.opensslErrorStack)}`;
  return s;
}

// Runs async cases in order; each gets a log function and must resolve.
async function run(cases) {
  for (const [name, fn] of cases) {
    const lines = [];
    const log = (...a) => lines.push(a.join(' '));
    const timer = setTimeout(() => log('TIMEOUT'), 5000);
    try {
      await fn(log);
    } catch (e) {
      log('threw', describe(e));
    }
    clearTimeout(timer);
    console.log(`# ${name}`);
    for (const l of lines.sort()) console.log('  ' + l);
  }
}

module.exports = { read, describe, run, stableMessage };
