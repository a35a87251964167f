// crypto.X509Certificate from a live connection as a user explores it:
// checkHost with options, checkIssued/verify along the peer chain,
// checkPrivateKey, toLegacyObject() compared with getPeerCertificate(),
// keyUsage, publicKey export, and console.log of the X509Certificate.
'use strict';
const tls = require('tls');
const crypto = require('crypto');
const { read } = require('./_probe');

const server = tls.createServer({ key: read('server-rsa-key.pem'), cert: read('server-rsa-chain.pem') }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca.pem') }, () => {
    const chain = [];
    const seen = new Set();
    for (let p = c.getPeerCertificate(true); p && !seen.has(p); p = p.issuerCertificate) {
      seen.add(p);
      chain.push(new crypto.X509Certificate(p.raw));
    }
    const [leaf, inter, root] = chain;
    console.log(leaf);
    console.log('subject lines', leaf.subject.split('\n'));
    console.log('keyUsage', leaf.keyUsage, inter.keyUsage, root.keyUsage);
    for (const [h, o] of [['localhost', undefined], ['LocalHost', undefined], ['sub.localhost', undefined], ['localhost', { subject: 'always' }],
      ['localhost', { subject: 'never' }], ['localhost', { wildcards: false }], ['127.0.0.1', undefined]]) {
      console.log('checkHost', h, JSON.stringify(o), leaf.checkHost(h, o));
    }
    console.log('checkIP', leaf.checkIP('127.0.0.1'), leaf.checkIP('::1'), leaf.checkIP('10.0.0.1'));
    for (const ip of ['not-an-ip', '127.0.0.1 ', ' 127.0.0.1', '127.0.0.1x', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1', '1.2.3.4.5', '127.0.0.256']) {
      try { console.log('checkIP', JSON.stringify(ip), leaf.checkIP(ip)); } catch (e) { console.log('checkIP', JSON.stringify(ip), e.name, e.code, e.message); }
    }
    console.log('checkIssued', leaf.checkIssued(inter), inter.checkIssued(root), leaf.checkIssued(root), root.checkIssued(root));
    console.log('verify', leaf.verify(inter.publicKey), inter.verify(root.publicKey), leaf.verify(root.publicKey));
    console.log('checkPrivateKey', leaf.checkPrivateKey(crypto.createPrivateKey(read('server-rsa-key.pem'))),
      leaf.checkPrivateKey(crypto.createPrivateKey(read('server-ec-key.pem'))));
    const legacy = leaf.toLegacyObject();
    const pc = c.getPeerCertificate();
    const same = Object.keys(pc).filter((k) => k !== 'raw' && k !== 'pubkey' && k !== 'issuerCertificate' &&
      JSON.stringify(pc[k]) === JSON.stringify(legacy[k]));
    console.log('legacy keys', Object.keys(legacy).join());
    console.log('same as getPeerCertificate', same.length, 'of', Object.keys(pc).length, 'modulus prefix', legacy.modulus.slice(0, 16), 'exponent', legacy.exponent);
    console.log('publicKey', leaf.publicKey.asymmetricKeyType, leaf.publicKey.asymmetricKeyDetails.modulusLength,
      leaf.publicKey.asymmetricKeyDetails.publicExponent, leaf.publicKey.export({ format: 'jwk' }).e);
    console.log('fingerprints match', leaf.fingerprint256 === pc.fingerprint256, leaf.serialNumber === pc.serialNumber,
      leaf.validFrom === pc.valid_from, leaf.validTo === pc.valid_to);
    console.log('ca flags', leaf.ca, inter.ca, root.ca, 'issuerCertificate', leaf.issuerCertificate);
    console.log('toJSON is PEM', JSON.parse(JSON.stringify(leaf)).startsWith('-----BEGIN CERTIFICATE-----'));
    c.end();
    server.close();
  });
});
