'use strict';
// dns — follows Node's lib/dns.js: lookup and lookupService (the system
// resolver: /etc/hosts, then DNS), Resolver with resolve*/reverse (DNS
// queries to the configured servers, as c-ares does), the default
// resolver's functions bound onto the module, the error-code constants, and
// dns.promises.

const core = require('internal/dns/core');
const {
  errorCodes,
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
  ResolverBase,
  isIP,
  getaddrinfo,
  getnameinfo,
  emitInvalidHostnameWarning,
  parseLookupOptions,
  validateString,
  validateFunction,
  validatePort,
  queryMethods,
  rrtypeMethod,
  bindDefaultResolver,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
} = core;
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

let promises = null;

// The request objects Node returns (and callbacks see as `this`).
class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}
class QueryReqWrap {}

// lookup(hostname[, options], callback) calls back with (err, address,
// family), or (err, [{ address, family }…]) with options.all. IP literals
// and empty names answer on the next tick.
function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') callback = options;
  const { family, all, order } = parseLookupOptions(options, callback, true, arguments.length);

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  getaddrinfo(hostname, family, order, (err, addresses) => {
    if (err) req.oncomplete(err);
    else req.oncomplete(null, addresses);
  });
  return req;
}
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  configurable: true,
  get() {
    return promisesModule().lookup;
  },
});

function onlookup(err, addresses) {
  if (err) {
    this.callback(err);
    return;
  }
  const first = addresses[0];
  this.callback(null, first.address, first.family);
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(err);
    return;
  }
  this.callback(null, addresses);
}

// lookupService(address, port, callback) → (err, hostname, service).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.host = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  getnameinfo(address, port, (err, hostname, service) => req.oncomplete(err, hostname, service));
  return req;
}
Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false,
  configurable: true,
  get() {
    return promisesModule().lookupService;
  },
});

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(err);
    return;
  }
  this.callback(null, hostname, service);
}

function onresolve(err, result, ttls) {
  if (err) {
    this.callback(err);
    return;
  }
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  this.callback(null, result);
}

// resolver(bindingName) makes a resolve method: (name[, options],
// callback); options.ttl adds TTLs to A/AAAA answers.
function resolver(bindingName) {
  function query(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    this.query(req, (err, result, ttls) => req.oncomplete(err, result, ttls));
    return req;
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

for (const method of Object.keys(queryMethods)) Resolver.prototype[method] = resolver(queryMethods[method]);
Resolver.prototype.resolve = resolve;

// resolve(hostname[, rrtype], callback): rrtype defaults to 'A'.
function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = Object.prototype.hasOwnProperty.call(rrtypeMethod, rrtype) ? rrtypeMethod[rrtype] : undefined;
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (method !== undefined) return Resolver.prototype[method].call(this, hostname, callback);
  throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
}

let defaultResolver = new Resolver();

// setServers replaces the default resolver (for dns and dns/promises).
function setServers(servers) {
  const r = new Resolver();
  r.setServers(servers);
  defaultResolver = r;
  bindDefaultResolver(module.exports, r);
  if (promises !== null) promises.rebind(r._handle);
}

function promisesModule() {
  if (promises === null) promises = require('dns/promises');
  return promises;
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: core.getDefaultResultOrder,
  setDefaultResultOrder: core.setDefaultResultOrder,
  setServers,
  ADDRCONFIG: AI_ADDRCONFIG,
  ALL: AI_ALL,
  V4MAPPED: AI_V4MAPPED,
  ...errorCodes,
};
bindDefaultResolver(module.exports, defaultResolver);

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return promisesModule();
  },
});

// for dns/promises: the callback resolver's current servers
Object.defineProperty(module.exports, Symbol.for('handshake.dns.defaultHandle'), {
  enumerable: false,
  get() {
    return defaultResolver._handle;
  },
});
