// tls, after Node's lib/tls.js and lib/internal/tls/wrap.js (_tls_wrap):
// TLSSocket, Server, connect, createSecureContext, checkServerIdentity.
// The Go side (wrap.go) runs each handshake in a goroutine and reports to
// the handle's onhandshakedone/onhandshakeerror/onkeylog/onsession/
// onclienthello/onnewsession/onresumesession; every event is emitted here,
// each from one small function named as in Node.
'use strict';

const net = require('net');
const EventEmitter = require('events');
// events' emit0/emit1: emit(type[, a]) without its rest array and apply
const { emit0, emit1 } = internalBinding('internal/events/fast');
const { codes, ConnResetException } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_CERT_ALTNAME_INVALID, ERR_TLS_HANDSHAKE_TIMEOUT,
  ERR_TLS_INVALID_CONTEXT, ERR_TLS_SESSION_ATTACK, ERR_SOCKET_CLOSED, ERR_MULTIPLE_CALLBACK,
  ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS, ERR_TLS_ALPN_CALLBACK_INVALID_RESULT, ERR_OUT_OF_RANGE,
  ERR_TLS_SNI_FROM_SERVER, ERR_TLS_REQUIRED_SERVER_NAME,
} = codes;
const binding = internalBinding('tls');

const kConnectOptions = Symbol('connect-options');
const kIsVerified = Symbol('verified');
const kPendingSession = Symbol('pendingSession');
const kErrorEmitted = Symbol('error-emitted');
const kSession = Symbol('session');
const kSnapshot = Symbol('snapshot');
const kHandshakeError = Symbol('handshakeError');
const kSNIError = Symbol('sniError');
const kALPNCallback = Symbol('ALPNCallback');
const kEnableTrace = Symbol('enableTrace');

function lazyBuffer() {
  return require('buffer').Buffer;
}

// ---- constants ----------------------------------------------------------------
const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// ---- SecureContext (lib/_tls_common.js, lib/internal/tls/secure-context.js) ----

const TLS1_VERSION = 0x0301;
const TLS1_1_VERSION = 0x0302;
const TLS1_2_VERSION = 0x0303;
const TLS1_3_VERSION = 0x0304;

// NativeSecureContext is the object Node keeps as secureContext.context:
// setters that forward to the Go context of the same id.
class NativeSecureContext {
  constructor() { this.id = binding.newContext(); }
  init(secureProtocol, min, max) { binding.ctxInit(this.id, secureProtocol, min, max); }
  getMinProto() { return binding.ctxGetProto(this.id)[0]; }
  getMaxProto() { return binding.ctxGetProto(this.id)[1]; }
  setMinProto(v) { binding.ctxSetMinProto(this.id, v); }
  setMaxProto(v) { binding.ctxSetMaxProto(this.id, v); }
  setCipherSuites(s) { binding.ctxSetCipherSuites(this.id, s); }
  setCiphers(s) { binding.ctxSetCiphers(this.id, s); }
  addRootCerts() { binding.ctxAddRootCerts(this.id); }
  addCACert(c) { binding.ctxAddCACert(this.id, toBuf(c)); }
  setCert(c) { binding.ctxSetCert(this.id, toBuf(c)); }
  setKey(k, pass) { binding.ctxSetKey(this.id, toBuf(k), pass); }
  setSigalgs(s) { binding.ctxSetSigalgs(this.id, s); }
  setECDHCurve(s) { binding.ctxSetECDHCurve(this.id, s); }
  setSessionIdContext() {}
  loadPKCS12(buf, pass) { binding.ctxLoadPKCS12(this.id, buf, pass); }
  setTicketKeys(k) { binding.ctxSetTicketKeys(this.id, k); }
  getTicketKeys() { return binding.ctxGetTicketKeys(this.id); }
  setSessionTimeout(t) { binding.ctxSetSessionTimeout(this.id, t); }
  setOptions(o) { binding.ctxSetOptions(this.id, o); }
}
// Node's native class is named SecureContext too
Object.defineProperty(NativeSecureContext, 'name', { value: 'SecureContext' });

function toBuf(v) {
  if (typeof v === 'string') return lazyBuffer().from(v, 'utf8');
  return v;
}

function toV(which, v, def) {
  if (v == null) v = def;
  if (v === 'TLSv1') return TLS1_VERSION;
  if (v === 'TLSv1.1') return TLS1_1_VERSION;
  if (v === 'TLSv1.2') return TLS1_2_VERSION;
  if (v === 'TLSv1.3') return TLS1_3_VERSION;
  throw new codes.ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  if (secureProtocol) {
    if (minVersion != null) throw new codes.ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new codes.ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
  }
  this.context = new NativeSecureContext();
  this.context.init(secureProtocol,
    toV('minimum', minVersion, module.exports.DEFAULT_MIN_VERSION),
    toV('maximum', maxVersion, module.exports.DEFAULT_MAX_VERSION));
  if (secureOptions) {
    validateInteger(secureOptions, 'secureOptions');
    this.context.setOptions(secureOptions);
  }
}

function validateInteger(v, name) {
  if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', v);
  if (!Number.isInteger(v)) throw new ERR_OUT_OF_RANGE(name, 'an integer', v);
}

function validateString(v, name) {
  if (typeof v !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', v);
}

function validateObject(v, name) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ERR_INVALID_ARG_TYPE(name, 'Object', v);
}

function createSecureContext(options) {
  if (!options) options = {};
  const { honorCipherOrder, minVersion, maxVersion, secureProtocol } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) secureOptions |= 0x400000; // SSL_OP_CIPHER_SERVER_PREFERENCE
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configSecureContext(c.context, options);
  return c;
}

// processCiphers splits `ciphers` into the TLS 1.2 list and the TLS 1.3
// suites (the TLS_ names), as OpenSSL takes them through two calls.
function processCiphers(ciphers, name) {
  ciphers = (ciphers || module.exports.DEFAULT_CIPHERS).split(':');
  const cipherList = ciphers.filter((c) => c.length > 0 && !c.startsWith('TLS_')).join(':');
  const cipherSuites = ciphers.filter((c) => c.length > 0 && c.startsWith('TLS_')).join(':');
  if (cipherSuites === '' && cipherList === '') throw new ERR_INVALID_ARG_VALUE(name, ciphers);
  return { cipherList, cipherSuites };
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function setKey(context, key, passphrase, name) {
  validateKeyOrCertOption(`${name}.key`, key);
  if (passphrase !== undefined && passphrase !== null) validateString(passphrase, `${name}.passphrase`);
  context.setKey(key, passphrase);
}

function configSecureContext(context, options = {}, name = 'options') {
  validateObject(options, name);
  const {
    ca, cert, ciphers = module.exports.DEFAULT_CIPHERS, ecdhCurve = module.exports.DEFAULT_ECDH_CURVE,
    key, passphrase, pfx, privateKeyIdentifier, privateKeyEngine, sessionIdContext, sessionTimeout,
    sigalgs, ticketKeys, dhparam, crl, clientCertEngine,
  } = options;
  if (ciphers !== undefined && ciphers !== null) validateString(ciphers, `${name}.ciphers`);
  const { cipherList, cipherSuites } = processCiphers(ciphers, `${name}.ciphers`);
  if (cipherSuites !== '') context.setCipherSuites(cipherSuites);
  context.setCiphers(cipherList);
  if (cipherList === '' && context.getMinProto() < TLS1_3_VERSION && context.getMaxProto() > TLS1_2_VERSION) {
    context.setMinProto(TLS1_3_VERSION);
  }
  if (ca) {
    for (const c of Array.isArray(ca) ? ca : [ca]) {
      validateKeyOrCertOption(`${name}.ca`, c);
      context.addCACert(c);
    }
  } else {
    context.addRootCerts();
  }
  if (cert) {
    for (const c of Array.isArray(cert) ? cert : [cert]) {
      validateKeyOrCertOption(`${name}.cert`, c);
      context.setCert(c);
    }
  }
  if (key) {
    if (Array.isArray(key)) {
      for (const val of key) {
        const pem = val?.pem !== undefined ? val.pem : val;
        const pass = val?.passphrase !== undefined ? val.passphrase : passphrase;
        setKey(context, pem, pass, name);
      }
    } else {
      setKey(context, key, passphrase, name);
    }
  }
  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, `${name}.sigalgs`);
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE(`${name}.sigalgs`, sigalgs);
    context.setSigalgs(sigalgs);
  }
  if (privateKeyIdentifier !== undefined && privateKeyIdentifier !== null) {
    if (privateKeyEngine === undefined || privateKeyEngine === null) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.privateKeyEngine`, privateKeyEngine);
    }
    if (key) throw new ERR_INVALID_ARG_VALUE(`${name}.privateKeyIdentifier`, privateKeyIdentifier);
    throw new codes.ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED();
  }
  validateString(ecdhCurve, `${name}.ecdhCurve`);
  context.setECDHCurve(ecdhCurve);
  if (dhparam !== undefined && dhparam !== null) validateKeyOrCertOption(`${name}.dhparam`, dhparam);
  if (crl !== undefined && crl !== null) {
    for (const val of Array.isArray(crl) ? crl : [crl]) validateKeyOrCertOption(`${name}.crl`, val);
    throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('crl (certificate revocation lists)');
  }
  if (sessionIdContext !== undefined && sessionIdContext !== null) {
    validateString(sessionIdContext, `${name}.sessionIdContext`);
    context.setSessionIdContext(sessionIdContext);
  }
  if (pfx !== undefined && pfx !== null) {
    if (Array.isArray(pfx)) {
      for (const val of pfx) {
        const raw = val.buf || val;
        const pass = val.passphrase || passphrase;
        context.loadPKCS12(toBuf(raw), pass !== undefined && pass !== null ? toBuf(pass) : undefined);
      }
    } else {
      context.loadPKCS12(toBuf(pfx), passphrase ? toBuf(passphrase) : undefined);
    }
  }
  if (typeof clientCertEngine === 'string') {
    throw new codes.ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED();
  } else if (clientCertEngine !== undefined && clientCertEngine !== null) {
    throw new ERR_INVALID_ARG_TYPE(`${name}.clientCertEngine`, ['string', 'null', 'undefined'], clientCertEngine);
  }
  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!isArrayBufferView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE(`${name}.ticketKeys`, ['Buffer', 'TypedArray', 'DataView'], ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.ticketKeys`, ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    context.setTicketKeys(ticketKeys);
  }
  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, `${name}.sessionTimeout`, 0);
    context.setSessionTimeout(sessionTimeout);
  }
}

function validateInt32(v, name, min = -2147483648, max = 2147483647) {
  if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', v);
  if (!Number.isInteger(v)) throw new ERR_OUT_OF_RANGE(name, 'an integer', v);
  if (v < min || v > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, v);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// ---- TLSSocket -----------------------------------------------------------------

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const direct = directServer;
  // a direct server socket shares its server's options object (made and
  // ALPN-converted once, see serverSocketOptions; copied before any change)
  const tlsOptions = direct !== null && opts === direct[kSocketOptions] ? opts : { ...opts };
  if (tlsOptions.enableTrace !== undefined && typeof tlsOptions.enableTrace !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.enableTrace', 'boolean', tlsOptions.enableTrace);
  }
  if (tlsOptions.ALPNProtocols && tlsOptions !== opts) {
    convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);
    // Node's native setter refuses anything but the wire-format Buffer
    if (!isArrayBufferView(tlsOptions.ALPNProtocols)) throw new TypeError('Must give a Buffer as first argument');
  }
  this._tlsOptions = tlsOptions;
  // _secureEstablished, _securePending, _newSessionPending,
  // _controlReleased, secureConnecting, _SNICallback, servername,
  // alpnProtocol, authorized, authorizationError, encrypted and ssl start
  // on the prototype (defaults, or getters that read the handshake's
  // snapshot) and become own properties when assigned: fewer own
  // properties per connection (goja keeps each object's in a Go map).
  // kIsVerified, kPendingSession, kSession and kErrorEmitted start as the
  // prototype's defaults (fewer own properties per connection); the
  // snapshot lives on the handle (snapshotOf). A direct server socket
  // (tlsDirectConnection, made straight on the accepted handle, its raw
  // socket (_parent) made only if asked for) is told by its _server.

  let handle = null;
  let parent = null;
  let pendingConnect = false;
  if (direct !== null) {
    // tlsDirectConnection: the accepted handle itself, no raw socket
    directServer = null;
    handle = directHandle;
    directHandle = null;
  } else if (socket instanceof net.Socket && (!socket._handle || socket.connecting || !socket._handle.id)) {
    // a socket still connecting (tls.connect({ socket }) behind a proxy), or
    // not connected at all (new net.Socket(), connected later): its handle
    // is taken when it connects. Node wraps the latter in a JSStreamSocket
    // and runs TLS over the raw socket's stream; what a script sees is the
    // same: connecting until the raw 'connect' (this socket's 'connect'
    // first, its listener being older), the raw socket destroyed with this
    // one.
    parent = socket;
    pendingConnect = true;
  } else if (socket instanceof net.Socket && socket._handle) {
    // an open socket: take over its handle (the server's raw connection, or
    // STARTTLS on a client socket)
    parent = socket;
    handle = socket._handle;
    // the shell keeps its addresses for listeners that run after this one
    socket._getpeername();
    socket._getsockname();
    net._releaseHandleState(socket, handle, true);
    socket._handle = null;
    net._markHandleTaken(socket);
  }
  // a fresh options object Socket uses without copying it
  net._initOwnedSocket(this, {
    handle,
    allowHalfOpen: direct !== null ? direct.allowHalfOpen : socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: undefined,
    signal: tlsOptions.signal,
  });
  if (direct !== null) {
    this._server = direct;
    this.server = direct;
  } else if (parent) {
    this._parent = parent;
    if (parent._server) {
      this._server = parent._server;
      this.server = parent.server;
      parent._server = null;
      parent.server = null;
    }
    this._peername = parent._peername;
    if (pendingConnect) {
      this.connecting = true;
      parent.once('connect', () => {
        this._handle = parent._handle;
        parent._getpeername();
        parent._getsockname();
        net._releaseHandleState(parent, this._handle, true);
        parent._handle = null;
        net._markHandleTaken(parent);
        this._peername = parent._peername;
        net._initSocketHandle(this);
        this.connecting = false;
        emit0(this, 'connect');
      });
    }
  } else if (socket) {
    // Node runs TLS over any other stream through a JSStreamSocket; here
    // the handshake needs a net.Socket's connection
    if (typeof socket.on === 'function' && typeof socket.write === 'function') {
      throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('TLS over a stream that is not a net.Socket (Node\'s JSStreamSocket)');
    }
    throw new ERR_INVALID_ARG_TYPE('socket', 'net.Socket', socket);
  }
  net._addOwnListener(this, 'error', this._tlsError);
  this._init(socket);
  // Node's handshake timeout is the socket's idle timeout until 'secure':
  // it reports ERR_TLS_HANDSHAKE_TIMEOUT and leaves the socket open.
  if (tlsOptions.handshakeTimeout > 0) {
    if (direct === null || !queueHandshakeTimeout(this, direct, tlsOptions.handshakeTimeout)) {
      this.setTimeout(tlsOptions.handshakeTimeout, this._handleTimeout);
    }
  }
  if (this._handle && !tlsOptions.pauseOnConnect) this.read(0);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);
TLSSocket.prototype[kIsVerified] = false;
TLSSocket.prototype[kPendingSession] = null;
TLSSocket.prototype[kSession] = undefined;
TLSSocket.prototype[kSnapshot] = null;
// The handshake's snapshot lives on the socket's handle while it has one
// (onhandshakedone sets handle.snapshot) and moves to the socket's
// kSnapshot when the handle goes (_destroy): no symbol-keyed own property
// on a live socket (goja makes an ordered map for an object's first).
net._handleProto.snapshot = null;
function snapshotOf(s) {
  const h = s._handle;
  return h ? h.snapshot : s[kSnapshot];
}
TLSSocket.prototype[kErrorEmitted] = false;
TLSSocket.prototype._securePending = false;
TLSSocket.prototype._newSessionPending = false;
TLSSocket.prototype._controlReleased = false;
TLSSocket.prototype.secureConnecting = true;
TLSSocket.prototype._SNICallback = null;
TLSSocket.prototype.authorized = false;
TLSSocket.prototype.authorizationError = null;
TLSSocket.prototype.encrypted = true;
TLSSocket.prototype._rejectUnauthorized = true;
TLSSocket.prototype._requestCert = false;
// Node's TLSSocket always has a handle (its TLSWrap): 'close' reports hadError
TLSSocket.prototype[net._kHandleTaken] = true;

const hasOwn = Object.prototype.hasOwnProperty;

// ownOnAssign defines a prototype getter whose value becomes an ordinary
// own property once assigned.
// ownAssigned counts those assignments (any socket's), so _finishInit
// looks for own values only once there may be some.
let ownAssigned = 0;
function ownOnAssign(name, get) {
  Object.defineProperty(TLSSocket.prototype, name, {
    configurable: true,
    enumerable: false,
    get,
    set(v) {
      ownAssigned++;
      Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
    },
  });
}

function secureServername(self, snap) {
  if (self._tlsOptions.isServer) return snap.servername || false;
  return self._servernameToSend || false;
}

// after _finishInit: what Node's _finishInit assigns; null before
ownOnAssign('_secureEstablished', function () {
  const snap = snapshotOf(this);
  return snap !== null && snap.established === true;
});
ownOnAssign('alpnProtocol', function () {
  const snap = snapshotOf(this);
  return snap !== null && snap.established === true ? snap.alpnProtocol : null;
});
ownOnAssign('servername', function () {
  const snap = snapshotOf(this);
  return snap !== null && snap.established === true ? secureServername(this, snap) : null;
});
// ssl (Node's TLSWrap; here what SNI's context choice updates), made on
// first use
ownOnAssign('ssl', function () {
  const ssl = { _secureContext: this._tlsOptions.secureContext };
  this.ssl = ssl;
  return ssl;
});

// _parent: the raw net.Socket a TLS socket took over. A server socket made
// on the accepted handle (tlsDirectConnection) has none until a script
// reads _parent: then a handle-less raw socket with the connection's
// addresses stands in for it (as Node's would after the TLS socket took
// the stream; destroyed with the TLS socket). Writes make an own property.
Object.defineProperty(TLSSocket.prototype, '_parent', {
  configurable: true,
  enumerable: false,
  get() {
    // a direct server socket: the only kind with a server and no _parent
    // of its own (a TLS socket's _server is set by its constructor only)
    if (this._server === null) return null;
    const raw = new net.Socket({ allowHalfOpen: this.allowHalfOpen, readable: true, writable: true });
    raw._peername = this._getpeername();
    raw._sockname = this._getsockname();
    net._markHandleTaken(raw);
    this._parent = raw;
    if (this.destroyed) raw.destroy();
    return raw;
  },
  set(v) {
    Object.defineProperty(this, '_parent', { value: v, writable: true, enumerable: true, configurable: true });
    this[net._kHasParent] = true;
  },
});

// _destroy also ends the raw socket the TLS socket took over: in Node it
// shares the TCP handle and reports 'close' (hadError false) first.
TLSSocket.prototype._destroy = function (exception, cb) {
  const snap = snapshotOf(this);
  // the snapshot stays with the socket when the handle goes
  if (snap !== null) this[kSnapshot] = snap;
  // after the handshake _finishInit has dequeued it
  if (snap === null || snap.established !== true) dequeueHandshakeTimeout(this);
  // Node's _destroySSL: the TLS state goes, and a context made for this
  // socket alone (tls.connect's) is closed
  if (this._handle && this._handle.id) binding.releaseConn(this._handle.id);
  const ctx = this._tlsOptions.secureContext;
  if (ctx && ctx.singleUse && ctx.context) {
    binding.releaseContext(ctx.context.id);
    ctx.context = null;
  }
  const parent = net._parentOf(this);
  if (!this._handle) {
    // no connection yet: the raw socket's 'close' comes first
    if (parent && !parent.destroyed) parent.destroy();
    return net.Socket.prototype._destroy.call(this, exception, cb);
  }
  net.Socket.prototype._destroy.call(this, exception, cb);
  // after the server's count went down: a pending server.close() callback
  // comes before the raw socket's 'close', as in Node
  if (parent && !parent.destroyed) parent.destroy();
};

TLSSocket.prototype._init = function (socket) {
  const options = this._tlsOptions;
  if (options.pskCallback) {
    // validated as Node's _init does (PSK itself is not supported)
    if (typeof options.pskCallback !== 'function') throw new ERR_INVALID_ARG_TYPE('pskCallback', 'Function', options.pskCallback);
    if (options.pskIdentityHint && typeof options.pskIdentityHint !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.pskIdentityHint', 'string', options.pskIdentityHint);
    }
  }
  if (options.session && !isArrayBufferView(options.session)) {
    // Node's native setSession
    const e = new TypeError('Session must be a buffer');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (options.rejectUnauthorized === false) this._rejectUnauthorized = false;
  if (!options.isServer || options.requestCert) this._requestCert = true;
  if (!options.secureContext) options.secureContext = createSecureContext(options);
  if (options.isServer) {
    this._handleWrapped();
  } else if (socket && socket._handle === null && this._handle && this._handle.id) {
    // STARTTLS on a connected client socket: start now
    this._start();
  }
};

// The wrap flags: what the Go handshake needs to know, read when it starts
// (as Node enables its callbacks lazily, listeners added later are late).
// One integer instead of an options object per connection; binding.go's
// wrap decodes it.
const kWrapRequestCert = 1;
const kWrapRejectUnauthorized = 2;
const kWrapKeylog = 4;
const kWrapSNI = 8;
const kWrapALPNCallback = 16;
const kWrapNewSession = 32;
const kWrapResumeSession = 64;
const kWrapOCSPRequest = 128;

function hasListeners(emitter, type) {
  return emitter.listenerCount(type) > 0;
}

const eeListenerCount = EventEmitter.prototype.listenerCount;

// serverListenerFlags: the flags a server's listeners set. With events'
// own listenerCount, a listener exists when its _events slot is set
// (events never leaves an empty array there): four slot reads instead of
// four listenerCount calls per connection.
function serverListenerFlags(server) {
  const ev = server._events;
  let flags = 0;
  if (ev !== undefined && ev !== null && server.listenerCount === eeListenerCount) {
    if (ev.keylog !== undefined) flags |= kWrapKeylog;
    if (ev.newSession !== undefined) flags |= kWrapNewSession;
    if (ev.resumeSession !== undefined) flags |= kWrapResumeSession;
    if (ev.OCSPRequest !== undefined) flags |= kWrapOCSPRequest;
    return flags;
  }
  if (hasListeners(server, 'keylog')) flags |= kWrapKeylog;
  if (hasListeners(server, 'newSession')) flags |= kWrapNewSession;
  if (hasListeners(server, 'resumeSession')) flags |= kWrapResumeSession;
  if (hasListeners(server, 'OCSPRequest')) flags |= kWrapOCSPRequest;
  return flags;
}

TLSSocket.prototype._wrapFlags = function () {
  const o = this._tlsOptions;
  const server = o.server;
  let flags = 0;
  if (o.requestCert) flags |= kWrapRequestCert;
  if (o.rejectUnauthorized !== false) flags |= kWrapRejectUnauthorized;
  if (server) {
    const lf = serverListenerFlags(server);
    // keylog is the server's for any socket it has; the session and OCSP
    // callbacks a server socket's only
    flags |= o.isServer ? lf : lf & kWrapKeylog;
  } else if (hasListeners(this, 'keylog')) {
    flags |= kWrapKeylog;
  }
  if (o.isServer) {
    if (o.SNICallback || (server && server._contexts.length > 0)) flags |= kWrapSNI;
    if (server && server[kALPNCallback]) flags |= kWrapALPNCallback;
  }
  return flags;
};

// alpnList: the ALPN names of a wire-format Buffer, kept for the last
// Buffer seen (a server's sockets share theirs).
let alpnListFor = null;
let alpnList = null;
function alpnNames(protocols) {
  if (!protocols) return undefined;
  if (protocols === alpnListFor) return alpnList;
  const list = normalizeALPN(protocols);
  if (isArrayBufferView(protocols)) {
    alpnListFor = protocols;
    alpnList = list;
  }
  return list;
}

TLSSocket.prototype._handleWrapped = function () {
  const handle = this._handle;
  // one prototype switch instead of ten own properties per connection
  Object.setPrototypeOf(handle, tlsHandleProto);
  const ctx = this._tlsOptions.secureContext;
  const o = this._tlsOptions;
  binding.wrap(handle.id, ctx.context.id, !!o.isServer, this._wrapFlags(),
    this[kConnectOptions] ? this._servernameToSend : undefined, alpnNames(o.ALPNProtocols), o.session);
};

TLSSocket.prototype._start = function () {
  if (this.connecting) {
    this.once('connect', () => this._start());
    return;
  }
  if (!this._handle || !this._handle.id || this._handle.wrapped) return;
  this._handleWrapped();
};

// The handshake snapshot's common values (wrap.go's snapshot sets only
// what differs).
binding.setSnapshotPrototype({
  alpnProtocol: false,
  servername: '',
  ocspResponse: null,
  reused: false,
  verifyError: null,
  peerCertificate: false,
  established: false,
});

// tlsHandleProto: what a wrapped handle adds to net's handle prototype,
// the callbacks wrap.go calls.
let tlsHandleProto;

function onhandshakedone(snapshot) {
  const owner = this.owner;
  if (!owner || owner.destroyed) return;
  this.snapshot = snapshot;
  // Node's client reports the stapled status (or null) before 'secure'
  if (!owner._tlsOptions.isServer && owner._tlsOptions.requestOCSP) {
    owner.emit('OCSPResponse', snapshot.ocspResponse ? lazyBuffer().from(snapshot.ocspResponse) : null);
    if (owner.destroyed) return;
  }
  owner._finishInit();
}

function onhandshakeerror(err) {
  const owner = this.owner;
  if (!owner || owner.destroyed) return;
  if (owner[kSNIError]) err = owner[kSNIError];
  if (owner._tlsOptions.isServer && err.code === 'ECONNRESET' && err.message === 'socket hang up' &&
      !owner._hadError) {
    // the client left mid-handshake: Node's socket ends and is destroyed
    // without an error, so 'tlsClientError' is onSocketClose's 'socket
    // hang up', at 'close' (after a pending server.close() callback)
    owner._hadError = true;
    owner.destroy();
    return;
  }
  if (!owner._tlsOptions.isServer && err.code === 'ECONNRESET') {
    const options = owner[kConnectOptions] || {};
    err.path = options.path;
    err.host = options.host;
    err.port = options.port;
    err.localAddress = options.localAddress;
  }
  onerror.call(this, err);
}

// onhandshakeeof: the server closed during the client's handshake. Node's
// socket reads EOF: 'end', whose onConnectEnd listener (tls.connect's)
// destroys it with the ECONNRESET error.
function onhandshakeeof() {
  const owner = this.owner;
  if (!owner || owner.destroyed) return;
  if (owner[kConnectOptions] === undefined || owner[kConnectOptions] === null) {
    onhandshakeerror.call(this, new ConnResetException('Client network socket disconnected before secure TLS connection was established'));
    return;
  }
  if (owner.readableEnded || owner._readableState.ended) return;
  owner.push(null);
  owner.read(0);
}

// ontlserror: an alert or record error after the handshake (Node's
// onerror); the stream then reads EOF.
function ontlserror(err) {
  const owner = this.owner;
  if (!owner || owner.destroyed) return;
  onerror.call(this, err);
}

// onverifyreject: a server refused the client's certificate
// (rejectUnauthorized); Node destroys the socket without an error, so
// 'tlsClientError' is the 'socket hang up' of onSocketClose.
function onverifyreject() {
  const owner = this.owner;
  if (!owner || owner.destroyed) return;
  owner.destroy();
}


function onerror(err) {
  const owner = this.owner;
  if (owner._hadError) return;
  owner._hadError = true;
  if (!owner._secureEstablished) {
    owner._closeAfterHandlingError = true;
    owner.destroy(err);
  } else if (owner._tlsOptions.isServer && owner._rejectUnauthorized &&
             /peer did not return a certificate/.test(err.message)) {
    owner.destroy();
  } else {
    owner._emitTLSError(err);
  }
}

function onkeylog(ab) {
  const owner = this.owner;
  if (!owner) return;
  const line = lazyBuffer().from(ab);
  const server = owner._tlsOptions.server;
  if (server) server.emit('keylog', line, owner);
  else owner.emit('keylog', line);
}

function onsession(ab, quiet) {
  const owner = this.owner;
  if (!owner) return;
  const session = lazyBuffer().from(ab);
  owner[kSession] = session;
  if (quiet === true) return;
  // Node's client reports no new session on a resumed TLS 1.3 connection
  const snap = snapshotOf(owner);
  if (snap !== null && snap.reused && snap.protocol === 'TLSv1.3') return;
  if (owner[kIsVerified]) owner.emit('session', session);
  else owner[kPendingSession] = session;
}

function onclienthello(servername, protocols) {
  const owner = this.owner;
  const handle = this;
  if (!owner || owner.destroyed) return;
  const server = owner._tlsOptions.server;
  const askALPN = !!(server && server[kALPNCallback]) && protocols.length > 0;
  let alpn;
  if (askALPN) {
    const result = server[kALPNCallback].call(server, { servername, protocols });
    if (result !== undefined && !protocols.includes(result)) {
      const err = new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(result, protocols);
      owner[kSNIError] = err;
      binding.replyHello(handle.id, 0, undefined, false, err.message);
      return;
    }
    alpn = result;
  }
  const sniCallback = owner._tlsOptions.SNICallback || (server && server._contexts.length > 0 ? defaultSNICallback.bind(server) : null);
  if (!sniCallback || !servername) {
    binding.replyHello(handle.id, 0, alpn, askALPN, undefined);
    return;
  }
  owner.servername = servername;
  let once = false;
  // A reply made while sniCallback is still running goes to the handshake
  // when it returns: in Node the handshake resumes only once the callback
  // chain has returned, so a second synchronous call (ERR_MULTIPLE_CALLBACK)
  // destroys the socket before the server's flight leaves. Here the
  // handshake runs on its own goroutine and would otherwise race the
  // destroy (a client could complete its handshake first).
  let running = true;
  let held = null;
  const reply = (id, err) => {
    if (running) held = { id, err };
    else binding.replyHello(handle.id, id, alpn, askALPN, err);
  };
  try {
    sniCallback(servername, (err, context) => {
      if (once) {
        owner.destroy(new ERR_MULTIPLE_CALLBACK());
        return;
      }
      once = true;
      if (err) {
        owner[kSNIError] = err;
        reply(0, err.message || String(err));
        return;
      }
      if (owner.destroyed) return;
      let id = 0;
      if (context) {
        // Node: sni_context = context.context || context, which its native
        // callback refuses with a plain TypeError unless a SecureContext
        const native = context.context || context;
        if (!(native instanceof NativeSecureContext)) {
          const e = new TypeError('Invalid SNI context');
          owner[kSNIError] = e;
          reply(0, e.message);
          return;
        }
        id = native.id;
        owner.ssl._secureContext = context;
      }
      reply(id, undefined);
    });
  } finally {
    running = false;
  }
  if (held !== null && !owner.destroyed) binding.replyHello(handle.id, held.id, alpn, askALPN, held.err);
}

tlsHandleProto = Object.create(net._handleProto, {
  wrapped: { value: true, writable: true, enumerable: true, configurable: true },
});
Object.assign(tlsHandleProto, {
  onhandshakedone, onhandshakeerror, onhandshakeeof, ontlserror, onverifyreject, onocsprequest, onkeylog, onsession,
  onclienthello, onnewsession, onresumesession,
});

function defaultSNICallback(servername, cb) {
  let ctx;
  for (const c of this._contexts) {
    if (c[0].test(servername)) ctx = c[1];
  }
  cb(null, ctx);
}

// onnewsession: a TLS 1.3 ticket was issued (after the handshake); the
// callback has nothing to hold.
function onnewsession(idAB, dataAB) {
  const owner = this.owner;
  if (!owner || owner.destroyed) return;
  const server = owner._tlsOptions.server;
  const Buffer = lazyBuffer();
  if (server) server.emit('newSession', Buffer.from(idAB), Buffer.from(dataAB), () => {});
}

// onocsprequest: the client asked for a certificate status; the
// 'OCSPRequest' listener's response (a Buffer) is stapled.
function onocsprequest(certAB, issuerAB) {
  const owner = this.owner;
  const handle = this;
  if (!owner || owner.destroyed) return;
  const server = owner._tlsOptions.server;
  const Buffer = lazyBuffer();
  let once = false;
  const cb = (err, response) => {
    if (once) {
      owner.destroy(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    once = true;
    if (err) {
      owner[kSNIError] = err;
      binding.replyOCSP(handle.id, null, err.message || String(err));
      return;
    }
    binding.replyOCSP(handle.id, response ? toBuf(response) : null, undefined);
  };
  const issuer = issuerAB ? Buffer.from(issuerAB) : null;
  if (!server || !server.emit('OCSPRequest', Buffer.from(certAB), issuer, cb)) cb(null, null);
}

function onresumesession(idAB) {
  const owner = this.owner;
  const handle = this;
  if (!owner || owner.destroyed) return;
  const server = owner._tlsOptions.server;
  let once = false;
  const cb = (err, session) => {
    if (once) {
      owner.destroy(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    once = true;
    if (err) {
      owner.destroy(err);
      return;
    }
    binding.replySession(handle.id, session || null);
  };
  if (!server || !server.emit('resumeSession', lazyBuffer().from(idAB), cb)) cb(null, null);
}

TLSSocket.prototype._finishInit = function () {
  const snap = snapshotOf(this);
  // alpnProtocol, servername and _secureEstablished read the snapshot from
  // now on (prototype getters); an own value assigned earlier is replaced
  // as Node's assignments here would
  snap.established = true;
  if (ownAssigned !== 0) {
    if (hasOwn.call(this, 'alpnProtocol')) this.alpnProtocol = snap.alpnProtocol;
    if (hasOwn.call(this, 'servername')) this.servername = secureServername(this, snap);
    if (hasOwn.call(this, '_secureEstablished')) this._secureEstablished = true;
  }
  if (this._tlsOptions.handshakeTimeout > 0) {
    if (dequeueHandshakeTimeout(this)) this.timeout = 0;
    else this.setTimeout(0, this._handleTimeout);
  }
  emit0(this, 'secure');
};

// The handshake timeout of a direct server socket (tlsDirectConnection) is
// one entry in its server's queue instead of the socket's own idle timer
// with a once('timeout') listener (a timer, a closure and a bound wrapper
// per connection, ~60 µs in goja). Nothing can tell the difference: no
// script holds such a socket before 'secureConnection' (the one hook that
// would hand it out, a server 'keylog' listener, keeps the timer), and
// during the handshake no data reaches JavaScript to refresh the timer.
// socket.timeout reads as with the timer; on expiry the socket gets what
// the once listener and the 'timeout' event would give it, in that order.
const kHandshakes = Symbol('handshakes');

function queueHandshakeTimeout(socket, server, ms) {
  const ev = server._events;
  if (ev != null && server.listenerCount === eeListenerCount ? ev.keylog !== undefined : hasListeners(server, 'keylog')) {
    return false;
  }
  let q = server[kHandshakes];
  if (q === undefined) {
    q = { sockets: new Map(), timer: null, last: 0 };
    server[kHandshakes] = q;
  }
  const deadline = Date.now() + ms;
  // the queue is in deadline order: a shorter timeout than the last one
  // (the server's changed) takes the ordinary timer
  if (deadline < q.last) return false;
  q.last = deadline;
  socket.timeout = ms;
  q.sockets.set(socket, deadline);
  if (q.timer === null) armHandshakeTimer(server, q, ms);
  return true;
}

function armHandshakeTimer(server, q, ms) {
  q.timer = setTimeout(expireHandshakes, ms, server, q);
  q.timer.unref();
}

function dequeueHandshakeTimeout(socket) {
  const server = socket._tlsOptions.server;
  const q = server ? server[kHandshakes] : undefined;
  return q !== undefined && q.sockets.delete(socket);
}

function expireHandshakes(server, q) {
  q.timer = null;
  const now = Date.now();
  for (const [socket, deadline] of q.sockets) {
    if (deadline > now) {
      armHandshakeTimer(server, q, deadline - now);
      return;
    }
    q.sockets.delete(socket);
    // emit('timeout') with the once listener first: the listeners are
    // those present when the event starts, as emit's copy of them
    const listeners = socket.rawListeners('timeout');
    socket._handleTimeout();
    for (let i = 0; i < listeners.length; i++) listeners[i].call(socket);
  }
}

TLSSocket.prototype._handleTimeout = function () {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
};

TLSSocket.prototype._emitTLSError = function (err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._tlsError = function (err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function () {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype._verifyError = function () {
  const snap = snapshotOf(this);
  if (!snap || !snap.verifyError) return null;
  const err = new Error(snap.verifyError.message);
  err.code = snap.verifyError.code;
  return err;
};

// handleGone: Node's TLSSocket has its TLSWrap handle from construction
// until _destroy (ours comes with the connection), and its getters answer
// null without it.
function handleGone(s) {
  return s._handle === null && s.destroyed;
}

// kPeerX509Taken: Node's client getPeerX509Certificate() takes the leaf
// out of OpenSSL's peer chain (X509Certificate::GetPeerCert deletes it from
// SSL_get_peer_cert_chain's stack), so from then on the client's
// getPeerCertificate() is {} and getPeerX509Certificate() undefined.
const kPeerX509Taken = Symbol('peerX509Taken');
TLSSocket.prototype[kPeerX509Taken] = false;

TLSSocket.prototype.getPeerCertificate = function (detailed) {
  if (handleGone(this)) return null;
  if (this[kPeerX509Taken] === true) return {};
  if (this._handle && this._handle.id && snapshotOf(this)) {
    return binding.peerCertificate(this._handle.id, !!detailed) || {};
  }
  return {};
};

// getCertificate: the certificate this side presents, from its context
// before the connection has a handle.
TLSSocket.prototype.getCertificate = function () {
  if (handleGone(this)) return null;
  if (this._handle && this._handle.id) {
    const c = binding.certificate(this._handle.id);
    if (c) return c;
  }
  const ctx = this._tlsOptions.secureContext;
  if (ctx && ctx.context && ctx.context.id) return binding.ctxCertificate(ctx.context.id);
  return {};
};

TLSSocket.prototype.getPeerX509Certificate = function () {
  const cert = this.getPeerCertificate();
  if (!cert || !cert.raw) return undefined;
  const { X509Certificate } = require('crypto');
  if (!X509Certificate) return undefined;
  const x = new X509Certificate(cert.raw);
  if (!this._tlsOptions.isServer) this[kPeerX509Taken] = true;
  return x;
};

TLSSocket.prototype.getX509Certificate = function () {
  const cert = this.getCertificate();
  if (!cert || !cert.raw) return undefined;
  const { X509Certificate } = require('crypto');
  return X509Certificate ? new X509Certificate(cert.raw) : undefined;
};

TLSSocket.prototype.getCipher = function () {
  if (handleGone(this)) return null;
  const snap = snapshotOf(this);
  return snap ? { ...snap.cipher } : undefined;
};

// getProtocol: before the handshake OpenSSL reports TLSv1.3 whatever the
// context allows (the SSL's initial version is TLS_MAX_VERSION).
TLSSocket.prototype.getProtocol = function () {
  if (handleGone(this)) return null;
  const snap = snapshotOf(this);
  if (snap) return snap.protocol;
  return 'TLSv1.3';
};

TLSSocket.prototype.getSession = function () {
  if (handleGone(this)) return null;
  if (!this._handle) return undefined;
  if (this._tlsOptions.isServer) return this._handle.id ? binding.serverSession(this._handle.id) : undefined;
  if (this[kSession] === undefined && this._secureEstablished) {
    // a TLS 1.3 client before any ticket: Node returns its session, which
    // cannot resume (offered as `session`, a full handshake follows); so
    // does this placeholder, which no server accepts
    return lazyBuffer().from(kNoTicketSession);
  }
  return this[kSession];
};
const kNoTicketSession = 'HSS0 no ticket';

// getTLSTicket: the last session ticket a client received (undefined on a
// server, or before any ticket).
TLSSocket.prototype.getTLSTicket = function () {
  if (handleGone(this)) return null;
  if (!this._handle) return undefined;
  if (!this._handle.id || this._tlsOptions.isServer) return undefined;
  return binding.ticket(this._handle.id);
};

TLSSocket.prototype.isSessionReused = function () {
  if (handleGone(this)) return null;
  const snap = snapshotOf(this);
  return snap ? snap.reused : false;
};

TLSSocket.prototype.getEphemeralKeyInfo = function () {
  if (handleGone(this) || this._tlsOptions.isServer) return null;
  const snap = snapshotOf(this);
  if (!snap) return {};
  return { ...snap.ephemeralKeyInfo };
};

// getFinished/getPeerFinished: crypto/tls exposes only the first Finished
// of a TLS 1.2 handshake (tls-unique): the client's in a full handshake,
// the server's in a resumed one. The other message, and TLS 1.3's, are
// undefined (Node returns them all).
TLSSocket.prototype.getFinished = function () {
  if (handleGone(this)) return null;
  if (!this._handle || !this._handle.id) return undefined;
  return binding.finished(this._handle.id, false);
};

TLSSocket.prototype.getPeerFinished = function () {
  if (handleGone(this)) return null;
  if (!this._handle || !this._handle.id) return undefined;
  return binding.finished(this._handle.id, true);
};

// getSharedSigalgs: the peer's signature algorithms (a client's, or a
// server's CertificateRequest) that OpenSSL's default list allows, in the
// peer's order; [] on a client the server asked for no certificate.
TLSSocket.prototype.getSharedSigalgs = function () {
  if (handleGone(this)) return null;
  if (!this._handle || !this._handle.id) return [];
  return binding.sharedSigalgs(this._handle.id);
};

TLSSocket.prototype.exportKeyingMaterial = function (length, label, context) {
  if (typeof length !== 'number') throw new ERR_INVALID_ARG_TYPE('length', 'number', length);
  if (!Number.isInteger(length)) throw new ERR_OUT_OF_RANGE('length', 'an integer', length);
  if (length < 1 || length > 4294967295) throw new ERR_OUT_OF_RANGE('length', '>= 1 && <= 4294967295', length);
  if (typeof label !== 'string') throw new ERR_INVALID_ARG_TYPE('label', 'string', label);
  if (context !== undefined && !isArrayBufferView(context)) {
    throw new ERR_INVALID_ARG_TYPE('context', ['Buffer', 'TypedArray', 'DataView'], context);
  }
  if (!this._secureEstablished) throw new codes.ERR_TLS_INVALID_STATE();
  return binding.exportKeyingMaterial(this._handle.id, length, label, context);
};

TLSSocket.prototype.setServername = function (name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._servernameToSend = name;
};

TLSSocket.prototype.setSession = function (session) {
  if (typeof session === 'string') session = lazyBuffer().from(session, 'latin1');
  // a direct server socket's options are its server's shared object (the
  // only kind with an own kALPNSource)
  if (hasOwn.call(this._tlsOptions, kALPNSource)) this._tlsOptions = { ...this._tlsOptions };
  this._tlsOptions.session = session;
};

TLSSocket.prototype.setMaxSendFragment = function (size) {
  validateInt32(size, 'size');
  // crypto/tls sizes records itself: the call is never honoured (Node
  // returns true for 512..16384)
  return false;
};

TLSSocket.prototype.renegotiate = function (options, callback) {
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  if (callback !== undefined && typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  if (this.destroyed) return;
  let err;
  if (this.getProtocol() === 'TLSv1.3') {
    // what OpenSSL's SSL_renegotiate says on TLS 1.3
    err = new Error('error:0A00010A:SSL routines::wrong ssl version');
    err.library = 'SSL routines';
    err.reason = 'wrong ssl version';
    err.code = 'ERR_SSL_WRONG_SSL_VERSION';
  } else {
    // crypto/tls cannot start a renegotiation (Node would, on TLS 1.2)
    err = new codes.ERR_TLS_RENEGOTIATION_DISABLED();
  }
  if (callback) process.nextTick(callback, err);
  return false;
};

TLSSocket.prototype.disableRenegotiation = function () {
  this._disableRenegotiation = true;
};

TLSSocket.prototype.enableTrace = function () {
  if (!this[kEnableTrace]) {
    this[kEnableTrace] = true;
    process.emitWarning('enableTrace() has no effect: crypto/tls has no OpenSSL-style trace; ' +
      "use the 'keylog' event with Wireshark instead", 'UnsupportedWarning');
  }
};

TLSSocket.prototype.setKeyCert = function (context) {
  if (!(context instanceof SecureContext)) context = createSecureContext(context);
  void this.ssl; // made now, with the context it had
  // a copy: a server socket may share its options object with others
  this._tlsOptions = { ...this._tlsOptions, secureContext: context };
};

// ---- server --------------------------------------------------------------------

const kHandshakeTimeout = Symbol('handshakeTimeout');
const kSNICallback = Symbol('snicallback');

const kSocketOptions = Symbol('socketOptions');

// serverSocketOptions: the options of the server's TLS sockets. Direct
// sockets share one object per server while the server's settings stay
// the same (its ALPN list converted once, not per connection).
function serverSocketOptions(server) {
  const o = server[kSocketOptions];
  if (o !== undefined && o.secureContext === server._sharedCreds && o.requestCert === server.requestCert &&
      o.rejectUnauthorized === server.rejectUnauthorized && o.handshakeTimeout === server[kHandshakeTimeout] &&
      o[kALPNSource] === server.ALPNProtocols && o.SNICallback === server[kSNICallback] &&
      o.enableTrace === server[kEnableTrace] && o.pauseOnConnect === server.pauseOnConnect &&
      o.highWaterMark === server.highWaterMark) {
    return o;
  }
  const opts = newServerSocketOptions(server);
  if (opts.ALPNProtocols) {
    convertALPNProtocols(opts.ALPNProtocols, opts);
    // not shared: the TLSSocket constructor throws Node's error for it
    if (!isArrayBufferView(opts.ALPNProtocols)) return newServerSocketOptions(server);
  }
  Object.defineProperty(opts, kALPNSource, { value: server.ALPNProtocols });
  server[kSocketOptions] = opts;
  return opts;
}
const kALPNSource = Symbol('ALPNSource');

function newServerSocketOptions(server) {
  return {
    secureContext: server._sharedCreds,
    isServer: true,
    server,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    handshakeTimeout: server[kHandshakeTimeout],
    ALPNProtocols: server.ALPNProtocols,
    SNICallback: server[kSNICallback],
    enableTrace: server[kEnableTrace],
    pauseOnConnect: server.pauseOnConnect,
    highWaterMark: server.highWaterMark,
  };
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, newServerSocketOptions(this));
  socket.on('secure', onServerSocketSecure);
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
}

// directServer/directHandle pass an accepted handle from
// tlsDirectConnection to the TLSSocket constructor.
let directServer = null;
let directHandle = null;
const netBinding = net._binding;
const addOwnListener = net._addOwnListener;
const emitterEmit = EventEmitter.prototype.emit;

// tlsDirectConnection is net's onconnection for a tls.Server whose only
// 'connection' listener is tlsConnectionListener: nobody can see the raw
// net.Socket Node would make, so the TLSSocket is built on the accepted
// handle directly (one Duplex per connection instead of two). It does what
// the raw socket's construction and tlsConnectionListener would.
function tlsDirectConnection(handle) {
  const events = this._events;
  if (events === undefined || events.connection !== tlsConnectionListener || this.emit !== emitterEmit) return false;
  if (this.noDelay) netBinding.setNoDelay(handle.id, true);
  if (this.keepAlive) netBinding.setKeepAlive(handle.id, true, this.keepAliveInitialDelay * 1000);
  this._connections++;
  directServer = this;
  directHandle = handle;
  let socket;
  try {
    socket = new TLSSocket(null, serverSocketOptions(this));
  } finally {
    directServer = null;
    directHandle = null;
  }
  addOwnListener(socket, 'secure', onServerSocketSecure);
  addOwnListener(socket, 'close', onSocketClose);
  addOwnListener(socket, '_tlsError', onSocketTLSError);
  return true;
}

function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = this._verifyError();
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) this.destroy();
    } else if (snapshotOf(this) !== null && snapshotOf(this).peerCertificate) {
      this.authorized = true;
    } else {
      this.authorizationError = 'UNABLE_TO_GET_ISSUER_CERT';
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this.secureConnecting = false;
    emit1(this._tlsOptions.server, 'secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketClose(err) {
  if (err) return;
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    const connReset = new ConnResetException('socket hang up');
    this._tlsOptions.server.emit('tlsClientError', connReset, this);
  }
}

// convertALPNProtocols (lib/tls.js): an array of names becomes the wire
// format (length-prefixed names) in out.ALPNProtocols, a view is copied;
// anything else is left as it is.
function convertALPNProtocols(protocols, out) {
  const Buffer = lazyBuffer();
  if (Array.isArray(protocols)) {
    // Node's convertProtocols: lengths by Buffer.byteLength, names written
    // with buf.write (so a Buffer in the list throws, as in Node)
    const lens = new Array(protocols.length);
    let total = 0;
    for (let i = 0; i < protocols.length; i++) {
      const len = Buffer.byteLength(protocols[i]);
      if (len > 255) {
        throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
          '<= 255', len, true);
      }
      lens[i] = len;
      total += 1 + len;
    }
    const buff = Buffer.allocUnsafe(total);
    let offset = 0;
    for (let i = 0; i < protocols.length; i++) {
      buff[offset++] = lens[i];
      buff.write(protocols[i], offset);
      offset += lens[i];
    }
    out.ALPNProtocols = buff;
  } else if (isArrayBufferView(protocols)) {
    out.ALPNProtocols = Buffer.from(Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength));
  }
}

// normalizeALPN turns the wire format (or a list) into the list of names Go needs.
function normalizeALPN(protocols) {
  if (Array.isArray(protocols)) {
    return protocols.map((p) => (typeof p === 'string' ? p : lazyBuffer().from(p).toString('latin1')));
  }
  if (isArrayBufferView(protocols)) {
    // the wire format: length-prefixed names
    const buf = lazyBuffer().from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const out = [];
    for (let i = 0; i < buf.length;) {
      const n = buf[i];
      out.push(buf.toString('latin1', i + 1, i + 1 + n));
      i += 1 + n;
    }
    return out;
  }
  // Node passes anything else on to the native setter, which throws this
  throw new TypeError('Must give a Buffer as first argument');
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options || {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);
  if (options.ALPNCallback) {
    if (options.ALPNProtocols) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
    this[kALPNCallback] = options.ALPNCallback;
  }
  if (options.pskIdentityHint && typeof options.pskIdentityHint !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.pskIdentityHint', 'string', options.pskIdentityHint);
  }
  if (options.sessionTimeout) this.sessionTimeout = options.sessionTimeout;
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
  this[kHandshakeTimeout] = options.handshakeTimeout || (120 * 1000);
  if (typeof this[kHandshakeTimeout] !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.handshakeTimeout', 'number', options.handshakeTimeout);
  }
  if (options.SNICallback !== undefined && typeof options.SNICallback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.SNICallback', 'function', options.SNICallback);
  }
  this[kSNICallback] = options.SNICallback;
  this[kEnableTrace] = options.enableTrace;
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  this[net._kManualStart] = true;
  this[net._kDirectConnection] = tlsDirectConnection;
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function (options) {
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  // (Node's server builds its context from the options: a `secureContext`
  // option is not used)
  this._sharedCreds = createSecureContext({ ...options, ciphers: options.ciphers });
};

Server.prototype.addContext = function (servername, context) {
  if (!servername) throw new codes.ERR_TLS_REQUIRED_SERVER_NAME();
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$');
  const secureContext = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([re, secureContext]);
};

Server.prototype.getTicketKeys = function () {
  return this._sharedCreds.context.getTicketKeys();
};

Server.prototype.setTicketKeys = function (keys) {
  if (!isArrayBufferView(keys)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], keys);
  if (keys.byteLength !== 48) throw new codes.ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  this._sharedCreds.context.setTicketKeys(keys);
};

Server.prototype.setOptions = function () {
  throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('Server.setOptions (deprecated in Node.js)');
};

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---- client --------------------------------------------------------------------

let warnedUnauthorized = false;

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  // tls.connect(port[, host][, options][, cb]) keeps the options object
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function onConnectSecure() {
  const options = this[kConnectOptions];
  let verifyError = this._verifyError();
  if (!verifyError && !this.isSessionReused()) {
    const hostname = options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized) {
      this.destroy(verifyError);
      return;
    }
    this.secureConnecting = false;
    emit0(this, 'secureConnect');
  } else {
    this.authorized = true;
    this.secureConnecting = false;
    emit0(this, 'secureConnect');
  }
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
  this.removeListener('end', onConnectEnd);
}

function onConnectEnd() {
  if (!this._hadError) {
    const options = this[kConnectOptions];
    this._hadError = true;
    const error = new ConnResetException('Client network socket disconnected before secure TLS connection was established');
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
  }
}

let ipServernameWarned = false;

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allowUnauthorized && !warnedUnauthorized) {
    warnedUnauthorized = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to \'0\' ' +
      'makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
  }
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: module.exports.DEFAULT_CIPHERS,
    checkServerIdentity: module.exports.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  // Node checks these with its internal assert
  if (typeof options.checkServerIdentity !== 'function') throw new codes.ERR_INTERNAL_ASSERTION();
  if (typeof options.minDHSize !== 'number') {
    throw new codes.ERR_INTERNAL_ASSERTION('options.minDHSize is not a number: ' + options.minDHSize);
  }
  if (!(options.minDHSize > 0)) {
    throw new codes.ERR_INTERNAL_ASSERTION('options.minDHSize is not a positive number: ' + options.minDHSize);
  }
  let context = options.secureContext;
  if (!context) {
    context = createSecureContext(options);
    if (options.singleUse) context.singleUse = true;
  }
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    requestOCSP: options.requestOCSP,
    enableTrace: options.enableTrace,
    pskCallback: options.pskCallback,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  // Node's order: the connection starts before the session and servername
  // are set, so a bad servername throws with a connection under way
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options, tlssock._start);
  }
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);
  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      ipServernameWarned = true;
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
        'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
    }
    tlssock.setServername(options.servername);
  }
  if (options.socket) tlssock._start();
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

// ---- checkServerIdentity (lib/tls.js) ------------------------------------------

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*', 3);
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const prefix = patternSubdomainParts[0];
  const suffix = patternSubdomainParts[1];
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

function splitEscapedAltNames(altNames) {
  const result = [];
  let currentToken = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(',', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      currentToken += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) {
        throw new codes.ERR_TLS_CERT_ALTNAME_FORMAT();
      }
      currentToken += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      currentToken += altNames.substring(offset, nextSep);
      result.push(currentToken);
      currentToken = '';
      offset = nextSep + 2;
    } else {
      currentToken += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(currentToken);
  return result;
}

// canonicalizeIP gives inet_ntop's form: IPv4 as is, IPv6 lower-case and
// compressed at the longest run of zero groups.
function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip;
  if (!net.isIPv6(ip)) return ip;
  let s = ip.toLowerCase();
  let tail = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const p = v4[1].split('.').map(Number);
    tail = [((p[0] << 8) | p[1]).toString(16), ((p[2] << 8) | p[3]).toString(16)];
    s = s.slice(0, -v4[1].length) + 'x:x';
  }
  let groups;
  if (s.includes('::')) {
    const [a, b] = s.split('::');
    const left = a ? a.split(':') : [];
    const right = b ? b.split(':') : [];
    groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  } else {
    groups = s.split(':');
  }
  if (tail.length) groups.splice(6, 2, ...tail);
  groups = groups.map((g) => parseInt(g, 16).toString(16));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] === '0') {
      let j = i;
      while (j < 8 && groups[j] === '0') j++;
      if (j - i > bestLen && j - i > 1) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    } else {
      i++;
    }
  }
  if (bestStart === -1) return groups.join(':');
  const left = groups.slice(0, bestStart).join(':');
  const right = groups.slice(bestStart + bestLen).join(':');
  return `${left}::${right}`;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const splitAltNames = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    splitAltNames.forEach((name) => {
      if (name.startsWith('DNS:')) {
        dnsNames.push(name.slice(4));
      } else if (name.startsWith('IP Address:')) {
        ips.push(canonicalizeIP(name.slice(11)));
      }
    });
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}

// ---- module ----------------------------------------------------------------------

let rootCerts;
let ciphersList;

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() {
    if (!ciphersList) ciphersList = binding.getCiphers();
    return ciphersList.slice();
  },
  get rootCertificates() {
    if (!rootCerts) rootCerts = Object.freeze(binding.rootCertificates());
    return rootCerts;
  },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair() {
    throw new codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('tls.createSecurePair (removed API)');
  },
};
