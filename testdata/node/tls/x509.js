// crypto.X509Certificate: properties, util.inspect form, checks (host,
// IP, email, issued, private key, verify), toString/toJSON, toLegacyObject
// and constructor errors.
const { X509Certificate, createPrivateKey } = require('crypto');
const util = require('util');
const { cert } = require('./_common');

const leaf = new X509Certificate(cert('server-ec.pem'));
const inter = new X509Certificate(cert('intermediate.pem'));
const root = new X509Certificate(cert('ca.pem'));
const rsa = new X509Certificate(cert('server-rsa.pem'));
const odd = new X509Certificate(cert('server-oddnames.pem'));
const sni = new X509Certificate(cert('server-sni.pem'));
console.log(util.inspect(leaf));
console.log(util.inspect(odd));
for (const [name, x] of Object.entries({ leaf, inter, root, rsa, sni })) {
  console.log(name, JSON.stringify({ subject: x.subject, issuer: x.issuer, san: x.subjectAltName, ca: x.ca,
    keyUsage: x.keyUsage, serial: x.serialNumber, from: x.validFrom, to: x.validTo, ia: x.infoAccess }));
  console.log(' ', x.fingerprint, x.fingerprint256.slice(0, 20), x.fingerprint512.slice(0, 20), x.raw.length, x.publicKey.asymmetricKeyType);
}
for (const h of ['localhost', 'LOCALHOST', 'nope', 'sni.test', 'x.wild.test', 'wild.test', 'a.b.wild.test']) {
  console.log('checkHost', h, leaf.checkHost(h), sni.checkHost(h), sni.checkHost(h, { wildcards: false }));
}
for (const ip of ['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '10.0.0.1']) console.log('checkIP', ip, leaf.checkIP(ip));
console.log('checkEmail', leaf.checkEmail('a@b.c'), odd.checkEmail('x@y.z'));
console.log('checkIssued', leaf.checkIssued(inter), leaf.checkIssued(root), inter.checkIssued(root), root.checkIssued(root));
console.log('verify', leaf.verify(inter.publicKey), leaf.verify(root.publicKey), inter.verify(root.publicKey), root.verify(root.publicKey));
console.log('checkPrivateKey', leaf.checkPrivateKey(createPrivateKey(cert('server-ec-key.pem'))),
  leaf.checkPrivateKey(createPrivateKey(cert('client-key.pem'))), rsa.checkPrivateKey(createPrivateKey(cert('server-rsa-key.pem'))));
console.log('toString is PEM', leaf.toString() === String(cert('server-ec.pem')), JSON.stringify(leaf) === JSON.stringify(leaf.toString()));
const der = new X509Certificate(leaf.raw);
console.log('from DER same', der.fingerprint256 === leaf.fingerprint256, 'from string', new X509Certificate(String(cert('ca.pem'))).subject);
const legacy = leaf.toLegacyObject();
console.log('toLegacyObject', Object.keys(legacy).join(','), legacy.subject.CN, Object.getPrototypeOf(legacy.subject));
console.log('issuerCertificate', leaf.issuerCertificate);
for (const bad of [1, {}, 'garbage', Buffer.from('garbage')]) {
  try {
    new X509Certificate(bad);
  } catch (e) {
    console.log('bad input', e.name, e.code, e.message);
  }
}
for (const [label, fn] of [
  ['checkHost(1)', () => leaf.checkHost(1)],
  ['checkHost subject bad', () => leaf.checkHost('a', { subject: 'sometimes' })],
  ['checkIssued({})', () => leaf.checkIssued({})],
  ['verify(private)', () => leaf.verify(createPrivateKey(cert('server-ec-key.pem')))],
  ['checkPrivateKey(public)', () => leaf.checkPrivateKey(leaf.publicKey)],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code);
  }
}
