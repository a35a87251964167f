// crypto.X509Certificate, after Node's lib/internal/crypto/x509.js: the
// certificate is parsed once in Go (x509.go, on certinfo.go); the getters
// return those values and the check* methods ask Go again with the DER.
'use strict';

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const binding = internalBinding('tls');

const kProps = Symbol('kProps');
const kInternalState = Symbol('kInternalState');

function lazyBuffer() {
  return require('buffer').Buffer;
}

function isX509Certificate(value) {
  return value instanceof X509Certificate;
}

function validateOptions(options) {
  if (options === undefined) return { subject: 'default', wildcards: true, partialWildcards: true };
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false, singleLabelSubdomains = false } = options;
  if (!['default', 'always', 'never'].includes(subject)) {
    throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  for (const [k, v] of [['wildcards', wildcards], ['partialWildcards', partialWildcards],
    ['multiLabelWildcards', multiLabelWildcards], ['singleLabelSubdomains', singleLabelSubdomains]]) {
    if (typeof v !== 'boolean') throw new ERR_INVALID_ARG_TYPE(`options.${k}`, 'boolean', v);
  }
  return { subject, wildcards, partialWildcards };
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = lazyBuffer().from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this[kProps] = binding.x509Parse(buffer);
    this[kInternalState] = new Map();
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return this[kProps].subject; }
  get subjectAltName() { return this[kProps].subjectAltName; }
  get issuer() { return this[kProps].issuer; }
  get issuerCertificate() { return this[kProps].issuerCertificate; }
  get infoAccess() { return this[kProps].infoAccess; }
  get validFrom() { return this[kProps].validFrom; }
  get validTo() { return this[kProps].validTo; }
  get fingerprint() { return this[kProps].fingerprint; }
  get fingerprint256() { return this[kProps].fingerprint256; }
  get fingerprint512() { return this[kProps].fingerprint512; }
  get keyUsage() { return this[kProps].keyUsage; }
  get serialNumber() { return this[kProps].serialNumber; }

  get raw() {
    let v = this[kInternalState].get('raw');
    if (v === undefined) {
      v = this[kProps].raw;
      this[kInternalState].set('raw', v);
    }
    return v;
  }

  get publicKey() {
    let v = this[kInternalState].get('publicKey');
    if (v === undefined) {
      v = require('crypto').createPublicKey(this[kProps].pem);
      this[kInternalState].set('publicKey', v);
    }
    return v;
  }

  toString() { return this[kProps].pem; }

  toJSON() { return this.toString(); }

  get ca() { return this[kProps].ca; }

  checkHost(name, options) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    const o = validateOptions(options);
    return binding.x509CheckHost(this.raw, name, o.wildcards, o.partialWildcards, o.subject);
  }

  checkEmail(email, options) {
    if (typeof email !== 'string') throw new ERR_INVALID_ARG_TYPE('email', 'string', email);
    const o = validateOptions(options);
    return binding.x509CheckEmail(this.raw, email, o.subject);
  }

  checkIP(ip, options) {
    if (typeof ip !== 'string') throw new ERR_INVALID_ARG_TYPE('ip', 'string', ip);
    return binding.x509CheckIP(this.raw, ip);
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return binding.x509CheckIssued(this.raw, otherCert.raw);
  }

  checkPrivateKey(pkey) {
    const { KeyObject } = require('crypto');
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.x509CheckPrivateKey(this.raw, pkey.export({ type: 'pkcs8', format: 'der' }));
  }

  verify(pkey) {
    const { KeyObject } = require('crypto');
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.x509Verify(this.raw, pkey.export({ type: 'spki', format: 'der' }));
  }

  toLegacyObject() {
    return binding.x509Legacy(this.raw);
  }
}

module.exports = { X509Certificate, isX509Certificate };
