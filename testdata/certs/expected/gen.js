// Writes the expected getPeerCertificate() objects for every test certificate:
// run `node testdata/certs/expected/gen.js` after `go run ./scripts/gencerts`.
// Each NAME.pem (with NAME-key.pem) is served by a local TLS server and read by
// a client; the object is saved in NAME.json with its key order kept:
// objects are {"$object": [[key, value]...], "nullProto": bool}, Buffers
// {"$buffer": "hex"}. The Go tests in bindings/tls compare against these.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..');
const out = __dirname;

function enc(v) {
  if (Buffer.isBuffer(v)) return { $buffer: v.toString('hex') };
  if (Array.isArray(v)) return v.map(enc);
  if (v !== null && typeof v === 'object') {
    return {
      $object: Object.keys(v).map((k) => [k, enc(v[k])]),
      nullProto: Object.getPrototypeOf(v) === null,
    };
  }
  return v;
}

function peer(name, certFile) {
  return new Promise((resolve, reject) => {
    const server = tls.createServer({
      key: fs.readFileSync(path.join(dir, name + '-key.pem')),
      cert: fs.readFileSync(path.join(dir, certFile)),
    }, (s) => s.end());
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1',
                              rejectUnauthorized: false }, () => {
        const cert = c.getPeerCertificate(true);
        c.end();
        server.close();
        resolve(cert);
      });
      c.on('error', reject);
    });
  });
}

async function main() {
  const names = fs.readdirSync(dir)
    .filter((f) => f.endsWith('.pem') && !f.includes('-key') && !f.endsWith('-chain.pem'))
    .map((f) => f.slice(0, -4))
    .sort();
  for (const name of names) {
    const cert = await peer(name, name + '.pem');
    delete cert.issuerCertificate;
    fs.writeFileSync(path.join(out, name + '.json'), JSON.stringify(enc(cert)) + '\n');
    // The same object must come from X509Certificate.toLegacyObject().
    const x = new (require('crypto').X509Certificate)(fs.readFileSync(path.join(dir, name + '.pem')));
    const a = JSON.stringify(enc(x.toLegacyObject())), b = JSON.stringify(enc(cert));
    if (a !== b) console.log('toLegacyObject differs for', name);
    console.log('wrote', name + '.json');
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
