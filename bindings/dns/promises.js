'use strict';
// dns/promises — follows Node's lib/internal/dns/promises.js: lookup,
// lookupService, Resolver and the default resolver's methods, returning
// promises.

const core = require('internal/dns/core');
const {
  errorCodes,
  ResolverBase,
  isIP,
  getaddrinfo,
  getnameinfo,
  emitInvalidHostnameWarning,
  parseLookupOptions,
  validateString,
  validatePort,
  queryMethods,
  rrtypeMethod,
  bindDefaultResolver,
  ERR_INVALID_ARG_VALUE,
} = core;
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

// lookup(hostname[, options]) resolves with { address, family }, or an
// array of them with options.all.
function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, all, order } = parseLookupOptions(options, undefined, false, arguments.length);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily !== 0) {
    const result = { address: hostname, family: matchedFamily };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    getaddrinfo(hostname, family, order, (err, addresses) => {
      if (err) reject(err);
      else resolve(all ? addresses : addresses[0]);
    });
  });
}

// lookupService(address, port) resolves with { hostname, service }.
function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    getnameinfo(address, +port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

function resolver(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      const req = { bindingName, hostname: name };
      this.query(req, (err, result, ttls) => {
        if (err) {
          reject(err);
          return;
        }
        if (ttls && ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
        resolve(result);
      });
    });
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

for (const method of Object.keys(queryMethods)) Resolver.prototype[method] = resolver(queryMethods[method]);
Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = Object.prototype.hasOwnProperty.call(rrtypeMethod, rrtype) ? rrtypeMethod[rrtype] : undefined;
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    method = 'resolve4';
  }
  return Resolver.prototype[method].call(this, hostname);
};

// The default resolver starts with the callback API's servers.
function defaultFromDns() {
  const r = new Resolver();
  const handle = require('dns')[Symbol.for('handshake.dns.defaultHandle')];
  if (handle) r._handle = handle;
  return r;
}

// setServers here replaces only this module's default resolver (as in
// Node, dns's functions keep theirs).
function setServers(servers) {
  const r = new Resolver();
  r.setServers(servers);
  bindDefaultResolver(module.exports, r);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: core.getDefaultResultOrder,
  setDefaultResultOrder: core.setDefaultResultOrder,
  setServers,
  ...errorCodes,
};
bindDefaultResolver(module.exports, defaultFromDns());

// rebind is how dns.setServers reaches this module.
Object.defineProperty(module.exports, 'rebind', {
  enumerable: false,
  value(handle) {
    const r = new Resolver();
    r._handle = handle;
    bindDefaultResolver(module.exports, r);
  },
});
