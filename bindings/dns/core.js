'use strict';
// internal/dns/core — what Node's lib/dns.js, lib/internal/dns/utils.js and
// lib/internal/dns/promises.js share: argument validation, the error
// constants, the default result order, DNSException, and ResolverBase (the
// server list, timeout and tries of a Resolver; cancel()).

const binding = internalBinding('internal/dns/core');
const {
  DNSException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
    ERR_SOCKET_BAD_PORT,
  },
} = require('internal/errors');
const {
  validateString,
  validateFunction,
  validateBoolean,
  validateNumber,
  validateOneOf,
  validateInt32,
} = require('internal/validators');

const IANA_DNS_PORT = 53;
const AI_ADDRCONFIG = 32;
const AI_ALL = 16;
const AI_V4MAPPED = 8;

// c-ares's error codes under Node's names (dns.NOTFOUND …).
const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

// libuv's getaddrinfo errnos for the codes lookups report.
const eaiErrno = { ENOTFOUND: -3008, EAI_AGAIN: -3001, EAI_FAIL: -3004, EAI_ADDRFAMILY: -3000, EINVAL: -22 };

function lookupError(code, syscall, hostname) {
  return DNSException(eaiErrno[code] !== undefined ? eaiErrno[code] : code, syscall, hostname);
}

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

function validateHints(hints) {
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// validatePort is Node's: a number or numeric string within [0, 65535].
function validatePort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw new ERR_SOCKET_BAD_PORT('Port', port, true);
  }
  return port | 0;
}

function isIP(s) {
  return binding.isIP(`${s}`);
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (!invalidHostnameWarned) {
    process.emitWarning(
      `The provided hostname "${String(hostname)}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
      'DeprecationWarning',
      'DEP0118',
    );
    invalidHostnameWarned = true;
  }
}

// parseLookupOptions validates lookup's (options[, callback]) the way
// Node's dns.lookup does; it returns { family, hints, all, order }.
function parseLookupOptions(options, callback, hasCallback, argCount) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (hasCallback && typeof options === 'function') return { family, hints, all, order };
  if (typeof options === 'number') {
    if (hasCallback) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    if (hasCallback) validateFunction(argCount === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (hasCallback) validateFunction(callback, 'callback');
    if (options != null && options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options != null && options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
      }
    }
    if (options != null && options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options != null && options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options != null && options.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

// getaddrinfo runs a lookup and calls back with (err) or (null, [{ address,
// family }…]) in the requested order.
function getaddrinfo(hostname, family, order, callback) {
  const refused = binding.getaddrinfo(hostname, family, (code, list) => {
    if (code) {
      callback(lookupError(code, 'getaddrinfo', hostname));
      return;
    }
    let addresses = [];
    for (let i = 0; i < list.length; i += 2) addresses.push({ address: list[i], family: list[i + 1] });
    if (order === 'ipv4first') {
      addresses = [...addresses.filter((a) => a.family === 4), ...addresses.filter((a) => a.family === 6)];
    } else if (order === 'ipv6first') {
      addresses = [...addresses.filter((a) => a.family === 6), ...addresses.filter((a) => a.family === 4)];
    }
    callback(null, addresses);
  });
  // a name libuv refuses fails on the next tick
  if (refused) process.nextTick(callback, lookupError(refused, 'getaddrinfo', hostname));
}

function getnameinfo(address, port, callback) {
  binding.getnameinfo(address, port, (code, hostname, service) => {
    if (code) {
      callback(lookupError(code, 'getnameinfo'));
      return;
    }
    callback(null, hostname, service);
  });
}

const IPv6RE = /^\[([^[\]]*)\]/;
const addrSplitRE = /(^.+?)(?::(\d+))?$/;

// The query methods a Resolver has, by rrtype: binding names are the
// syscall names of their errors.
const resolveMap = {
  A: 'queryA',
  AAAA: 'queryAaaa',
  ANY: 'queryAny',
  CAA: 'queryCaa',
  CNAME: 'queryCname',
  MX: 'queryMx',
  NAPTR: 'queryNaptr',
  NS: 'queryNs',
  PTR: 'queryPtr',
  SOA: 'querySoa',
  SRV: 'querySrv',
  TXT: 'queryTxt',
};

// The query methods of dns's and dns/promises's Resolver, in the order
// Node defines them, with their binding names; each module makes them with
// its own resolver() (callback or promise).
const queryMethods = {
  resolveAny: 'queryAny',
  resolve4: 'queryA',
  resolve6: 'queryAaaa',
  resolveCaa: 'queryCaa',
  resolveCname: 'queryCname',
  resolveMx: 'queryMx',
  resolveNs: 'queryNs',
  resolveTxt: 'queryTxt',
  resolveSrv: 'querySrv',
  resolvePtr: 'queryPtr',
  resolveNaptr: 'queryNaptr',
  resolveSoa: 'querySoa',
  reverse: 'getHostByAddr',
};

// The method resolve(hostname, rrtype) calls for each rrtype.
const rrtypeMethod = {
  A: 'resolve4',
  AAAA: 'resolve6',
  ANY: 'resolveAny',
  CAA: 'resolveCaa',
  CNAME: 'resolveCname',
  MX: 'resolveMx',
  NAPTR: 'resolveNaptr',
  NS: 'resolveNs',
  PTR: 'resolvePtr',
  SOA: 'resolveSoa',
  SRV: 'resolveSrv',
  TXT: 'resolveTxt',
};

const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
  'reverse',
];

// bindDefaultResolver puts a default resolver's methods on a module's
// exports (dns and dns/promises), as Node's internal/dns/utils does.
function bindDefaultResolver(target, resolver) {
  for (const key of resolverKeys) target[key] = resolver[key].bind(resolver);
}

const kServers = Symbol('servers');
const kTimeout = Symbol('timeout');
const kTries = Symbol('tries');
const kPending = Symbol('pending');

// Handle is what Node keeps as resolver._handle (ChannelWrap): the
// resolver's servers and settings, and its queries in flight.
class ChannelWrap {
  constructor(timeout, tries) {
    this[kTimeout] = timeout;
    this[kTries] = tries;
    this[kServers] = null; // null: the system's
    this[kPending] = new Set();
  }

  getServers() {
    if (this[kServers] === null) this[kServers] = binding.systemServers();
    return this[kServers].map((s) => [s[0], s[1]]);
  }
}

// ResolverBase is Node's: the options, servers, cancel().
class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    this._handle = new ChannelWrap(timeout, tries);
  }

  cancel() {
    const pending = [...this._handle[kPending]];
    this._handle[kPending].clear();
    for (const req of pending) {
      req.cancelled = true;
      setImmediate(() => req.finish(DNSException('ECANCELLED', req.bindingName, req.hostname)));
    }
  }

  getServers() {
    return this._handle.getServers().map((val) => {
      if (!val[1] || val[1] === IANA_DNS_PORT) return val[0];
      const host = isIP(val[0]) === 6 ? `[${val[0]}]` : val[0];
      return `${host}:${val[1]}`;
    });
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw new ERR_INVALID_ARG_TYPE('servers', 'Array', servers);
    const newSet = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let ipVersion = isIP(serv);
      if (ipVersion !== 0) {
        newSet.push([serv, IANA_DNS_PORT]);
        return;
      }
      const match = IPv6RE.exec(serv);
      if (match) {
        ipVersion = isIP(match[1]);
        if (ipVersion !== 0) {
          const port = Number.parseInt(serv.replace(addrSplitRE, '$2')) || IANA_DNS_PORT;
          newSet.push([match[1], port]);
          return;
        }
      }
      const split = addrSplitRE.exec(serv);
      if (split) {
        ipVersion = isIP(split[1]);
        if (ipVersion !== 0) {
          newSet.push([split[1], Number.parseInt(split[2] || IANA_DNS_PORT)]);
          return;
        }
      }
      throw new ERR_INVALID_IP_ADDRESS(serv);
    });
    // the same server twice is kept once (c-ares)
    const seen = new Set();
    this._handle[kServers] = newSet.filter((s) => {
      const key = `${s[0]}|${s[1]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    // Queries go out from the system's choice of address.
  }

  // query sends one query for bindingName; done(err, result, ttls).
  query(req, done) {
    const handle = this._handle;
    const servers = handle.getServers();
    // c-ares's default timeout (ms) when none was given
    const timeout = handle[kTimeout] >= 0 ? handle[kTimeout] : 2000;
    req.finish = done;
    handle[kPending].add(req);
    const complete = (code, result, ttls) => {
      if (req.cancelled) return;
      handle[kPending].delete(req);
      if (code) done(DNSException(code, req.bindingName, req.hostname));
      else done(null, result, ttls);
    };
    if (req.bindingName === 'getHostByAddr') {
      const code = binding.getHostByAddr(req.hostname, servers, timeout, handle[kTries], complete);
      if (code) {
        handle[kPending].delete(req);
        throw DNSException(-22, 'getHostByAddr', req.hostname);
      }
      return;
    }
    const rrtype = Object.keys(resolveMap).find((k) => resolveMap[k] === req.bindingName);
    const refused = binding.query(rrtype, req.hostname, servers, timeout, handle[kTries], complete);
    // (c-ares fails a bad name at once; Node calls back from an immediate)
    if (refused) setImmediate(complete, refused);
  }
}

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

// The default resolver's servers are shared by dns and dns/promises.
let defaultResolver;
function getDefaultResolver(Resolver) {
  if (defaultResolver === undefined) defaultResolver = new Resolver();
  return defaultResolver;
}

module.exports = {
  binding,
  errorCodes,
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
  DNSException,
  ResolverBase,
  resolveMap,
  queryMethods,
  rrtypeMethod,
  bindDefaultResolver,
  isIP,
  getaddrinfo,
  getnameinfo,
  getDefaultResultOrder,
  setDefaultResultOrder,
  emitInvalidHostnameWarning,
  parseLookupOptions,
  validateString,
  validateFunction,
  validatePort,
  getDefaultResolver,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
};
