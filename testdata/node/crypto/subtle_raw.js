// Web Crypto raw public keys and KeyObject.from(cryptoKey).
const { subtle } = globalThis.crypto;
const nodeCrypto = require('crypto');
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const ec = nodeCrypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256', x: 'B0dd-4lu3JRLnvInX5IseR5NxvPeFQnkDmf-FIuw_nc', y: 'GLRHOLoGQhPUpbp3HxgilI9CqhcsoTiPzSagaXJyDs4', d: 'xe7LW32xCSHk11dRiH3ZnfcArlKxiRXtIsDUXYuGvGs' }, format: 'jwk' });
  const pk = await subtle.importKey('spki', nodeCrypto.createPublicKey(ec).export({ type: 'spki', format: 'der' }), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const raw = await subtle.exportKey('raw', pk);
  console.log(raw.byteLength, hex(raw).slice(0, 20));
  const again = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  console.log(again.type, hex(await subtle.exportKey('raw', again)) === hex(raw));
  const ed = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const edRaw = await subtle.exportKey('raw', ed.publicKey);
  console.log(edRaw.byteLength, (await subtle.importKey('raw', edRaw, 'Ed25519', true, ['verify'])).algorithm);
  const ko = nodeCrypto.KeyObject.from(pk);
  console.log(ko.type, ko.asymmetricKeyType, ko.equals(nodeCrypto.createPublicKey(ec)));
  const hk = await subtle.importKey('raw', new Uint8Array([1, 2, 3]), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(nodeCrypto.KeyObject.from(hk).export().toString('hex'));
  try { nodeCrypto.KeyObject.from({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
