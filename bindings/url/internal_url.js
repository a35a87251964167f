// WHATWG URL and URLSearchParams, after Node v20's lib/internal/url.js. The
// parsing and the setters run in Go (whatwg.go, the URL Standard's state
// machine, as ada does for Node); this file keeps the component cache, the
// live link between a URL and its searchParams, and the file: helpers.
'use strict';

const binding = internalBinding('internal/url');
const {
  ERR_ARG_NOT_ITERABLE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_THIS,
  ERR_INVALID_TUPLE,
  ERR_INVALID_URL,
  ERR_INVALID_URL_SCHEME,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

let util;
function inspect(value, options) {
  if (util === undefined) util = require('util');
  return util.inspect(value, options);
}

// toUSVString replaces lone surrogates with U+FFFD.
function toUSVString(value) {
  const s = `${value}`;
  // encodeURIComponent throws on lone surrogates and is cheap in goja.
  try {
    encodeURIComponent(s);
    return s;
  } catch {
    // fall through to the replacement loop
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
  }
  return out;
}

// An uncaught error's report starts at Node's throw statement in its own
// sources; the runtime prints the header an error carries under kHeader.
const kHeader = Symbol.for('handshake.fatalHeader');
function at(err, line, code, caret = code.search(/\S/)) {
  Object.defineProperty(err, kHeader, {
    value: `node:internal/url:${line}\n${code}\n${' '.repeat(caret)}^\n`,
    writable: true, configurable: true, enumerable: false,
  });
  return err;
}

// Node's URL errors come from C++: a plain TypeError with code and input.
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return at(err, 806, '    const href = bindingUrl.parse(input, base, raiseException);', 28);
}

// ---- application/x-www-form-urlencoded ------------------------------------------

// utf8Decode turns the first n bytes into a string, replacing each maximal
// invalid subsequence with U+FFFD (the WHATWG decoder Buffer#toString
// uses); querystring's unescape shares it.
function utf8Decode(bytes, n = bytes.length) {
  let out = '';
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1; cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? bytes[j] : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    out += ok ? String.fromCodePoint(cp) : '\ufffd';
    i = j;
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// formDecode turns '+' into space and, when a %XX escape is present,
// decodes the way Node does (querystring.unescape: decodeURIComponent, and
// on malformed input each char's low byte plus the escapes, read as UTF-8).
function formDecode(s) {
  if (s.includes('+')) s = s.replace(/\+/g, ' ');
  if (!/%[0-9a-fA-F]{2}/.test(s)) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 37 && i + 2 < s.length && hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) {
        bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
        i += 2;
      } else {
        bytes.push(c & 0xff);
      }
    }
    return utf8Decode(bytes);
  }
}

function parseForm(input) {
  const list = [];
  for (const piece of input.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    list.push(formDecode(name), formDecode(value));
  }
  return list;
}

// formEncode uses the application/x-www-form-urlencoded percent-encode set.
function formEncode(s) {
  return encodeURIComponent(s).replace(/[!'()~]|%20/g, (m) => {
    switch (m) {
      case '%20': return '+';
      case '!': return '%21';
      case "'": return '%27';
      case '(': return '%28';
      case ')': return '%29';
      default: return '%7E';
    }
  });
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i) out += '&';
    out += `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

// ---- URLSearchParams --------------------------------------------------------------

const kList = Symbol('query');
const kURL = Symbol('context');

function isURLSearchParams(self) {
  return self != null && Object.prototype.hasOwnProperty.call(self, kList);
}

function checkThis(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kURL, { value: null, writable: true });
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const pairs = [];
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          pairs.push(Array.from(pair));
        }
        for (const pair of pairs) {
          if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(toUSVString(pair[0]), toUSVString(pair[1]));
        }
      } else {
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSVString(key);
          const v = toUSVString(init[key]);
          if (seen.has(k)) this[kList][seen.get(k)] = v;
          else {
            seen.set(k, this[kList].length + 1);
            this[kList].push(k, v);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = parseForm(s);
    }
  }

  get size() {
    checkThis(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    update(this);
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    const out = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (!(list[i] === name && list[i + 1] === value)) out.push(list[i], list[i + 1]);
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) out.push(list[i], list[i + 1]);
      }
    }
    this[kList] = out;
    update(this);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    const out = [];
    let found = false;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) out.push(list[i], list[i + 1]);
      else if (!found) {
        found = true;
        out.push(name, value);
      }
    }
    if (!found) out.push(name, value);
    this[kList] = out;
    update(this);
  }

  sort() {
    checkThis(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable sort by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    update(this);
  }

  entries() {
    checkThis(this);
    return new SearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  keys() {
    checkThis(this);
    return new SearchParamsIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return new SearchParamsIterator(this, 'value');
  }

  toString() {
    checkThis(this);
    return serializeForm(this[kList]);
  }

  [kInspectCustom](recurseTimes, ctx) {
    checkThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const opts = { ...ctx };
    if (recurseTimes !== null) opts.depth = recurseTimes - 1;
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2) parts.push(`${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`);
    const length = parts.reduce((n, p) => n + p.length + 2, -2);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    if (parts.length) return `${name} { ${parts.join(', ')} }`;
    return `${name} {}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, d);
}

// update writes the list back into the owning URL's query.
function update(params) {
  const url = params[kURL];
  if (url === null) return;
  url[kSetQuery](serializeForm(params[kList]));
}

class SearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    const list = this.#params[kList];
    if (this.#index >= list.length) return { value: undefined, done: true };
    const key = list[this.#index];
    const value = list[this.#index + 1];
    this.#index += 2;
    const out = this.#kind === 'key' ? key : this.#kind === 'value' ? value : [key, value];
    return { value: out, done: false };
  }

  [Symbol.iterator]() {
    return this;
  }

  [kInspectCustom](recurseTimes, ctx) {
    const opts = { ...ctx };
    if (recurseTimes !== null) opts.depth = recurseTimes - 1;
    const list = this.#params[kList];
    const rest = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const key = list[i];
      const value = list[i + 1];
      rest.push(this.#kind === 'key' ? key : this.#kind === 'value' ? value : [key, value]);
    }
    const parts = rest.map((v) => inspect(v, opts));
    const length = parts.reduce((n, p) => n + p.length + 2, -2);
    if (length > ctx.breakLength) return `URLSearchParams Iterator {\n  ${parts.join(',\n  ')} }`;
    if (parts.length) return `URLSearchParams Iterator { ${parts.join(', ')} }`;
    return 'URLSearchParams Iterator {  }';
  }
}
Object.defineProperty(SearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});

// ---- URL --------------------------------------------------------------------------

const kParts = Symbol('parts');
const kSetQuery = Symbol('setQuery');
const kSearchParams = Symbol('searchParams');
const HREF = 0, ORIGIN = 1, PROTOCOL = 2, USERNAME = 3, PASSWORD = 4, HOST = 5, HOSTNAME = 6, PORT = 7,
  PATHNAME = 8, SEARCH = 9, HASH = 10;

function isURL(self) {
  return self != null && Object.prototype.hasOwnProperty.call(self, kParts);
}

function checkURL(self) {
  if (!isURL(self)) throw new ERR_INVALID_THIS('URL');
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw at(new ERR_MISSING_ARGS('url'), 795, "      throw new ERR_MISSING_ARGS('url');");
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const parts = base !== undefined ? binding.parse(input, base) : binding.parse(input);
    if (parts === null) throw invalidURL(input, base);
    Object.defineProperty(this, kParts, { value: parts, writable: true });
    Object.defineProperty(this, kSearchParams, { value: undefined, writable: true });
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parts = base !== undefined ? binding.parse(toUSVString(url), toUSVString(base)) : binding.parse(toUSVString(url));
    if (parts === null) return null;
    const out = Object.create(new.target ? new.target.prototype : URL.prototype);
    Object.defineProperty(out, kParts, { value: parts, writable: true });
    Object.defineProperty(out, kSearchParams, { value: undefined, writable: true });
    return out;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) return binding.canParse(url, `${base}`);
    return binding.canParse(url);
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = require('crypto').randomUUID();
    blobURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const id = blobURLId(`${url}`);
    if (id !== undefined) blobURLs.delete(id);
  }

  #set(name, value) {
    checkURL(this);
    const parts = binding.update(this[kParts][HREF], name, toUSVString(value));
    if (parts !== null) this[kParts] = parts;
  }

  [kSetQuery](query) {
    const parts = binding.update(this[kParts][HREF], 'search', query);
    if (parts !== null) this[kParts] = parts;
  }

  #syncParams() {
    const params = this[kSearchParams];
    if (params !== undefined) {
      const search = this[kParts][SEARCH];
      params[kList] = search ? parseForm(search.slice(1)) : [];
    }
  }

  toString() {
    checkURL(this);
    return this[kParts][HREF];
  }

  get href() {
    checkURL(this);
    return this[kParts][HREF];
  }

  set href(value) {
    checkURL(this);
    value = toUSVString(value);
    const parts = binding.parse(value);
    if (parts === null) {
      const err = new ERR_INVALID_URL(value);
      throw at(err, 934, '    if (!href) { throw new ERR_INVALID_URL(value); }', 17);
    }
    this[kParts] = parts;
    this.#syncParams();
  }

  get origin() {
    checkURL(this);
    return this[kParts][ORIGIN];
  }

  get protocol() {
    checkURL(this);
    return this[kParts][PROTOCOL];
  }

  set protocol(value) {
    this.#set('protocol', value);
  }

  get username() {
    checkURL(this);
    return this[kParts][USERNAME];
  }

  set username(value) {
    this.#set('username', value);
  }

  get password() {
    checkURL(this);
    return this[kParts][PASSWORD];
  }

  set password(value) {
    this.#set('password', value);
  }

  get host() {
    checkURL(this);
    return this[kParts][HOST];
  }

  set host(value) {
    this.#set('host', value);
  }

  get hostname() {
    checkURL(this);
    return this[kParts][HOSTNAME];
  }

  set hostname(value) {
    this.#set('hostname', value);
  }

  get port() {
    checkURL(this);
    return this[kParts][PORT];
  }

  set port(value) {
    this.#set('port', value);
  }

  get pathname() {
    checkURL(this);
    return this[kParts][PATHNAME];
  }

  set pathname(value) {
    this.#set('pathname', value);
  }

  get search() {
    checkURL(this);
    return this[kParts][SEARCH];
  }

  set search(value) {
    this.#set('search', value);
    this.#syncParams();
  }

  get searchParams() {
    checkURL(this);
    if (this[kSearchParams] === undefined) {
      const params = new URLSearchParams(this[kParts][SEARCH]);
      params[kURL] = this;
      this[kSearchParams] = params;
    }
    return this[kSearchParams];
  }

  get hash() {
    checkURL(this);
    return this[kParts][HASH];
  }

  set hash(value) {
    this.#set('hash', value);
  }

  toJSON() {
    checkURL(this);
    return this[kParts][HREF];
  }

  [kInspectCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, name, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, name);
  d.enumerable = true;
  Object.defineProperty(URL, name, d);
}

// ---- blob: URLs ----------------------------------------------------------------------

// blobURLs maps the ids of URL.createObjectURL's "blob:nodedata:<id>" URLs
// to their Blobs (Node keeps them in its blob registry).
const blobURLs = new Map();

function blobURLId(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'blob:' || !parsed.pathname.startsWith('nodedata:')) return undefined;
  return parsed.pathname.slice('nodedata:'.length);
}

// resolveBlobURL returns the Blob registered for a blob: URL (for
// buffer.resolveObjectURL), or undefined.
function resolveBlobURL(url) {
  const id = blobURLId(`${url}`);
  return id === undefined ? undefined : blobURLs.get(id);
}

// ---- helpers ------------------------------------------------------------------------

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function isURLObject(self) {
  return self != null && typeof self === 'object' && typeof self.href === 'string' && typeof self.protocol === 'string' &&
    self.auth === undefined && self.path === undefined;
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLObject(path)) {
    throw at(new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path), 1487,
      "    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);");
  }
  if (path.protocol !== 'file:') throw at(new ERR_INVALID_URL_SCHEME('file'), 1489, "    throw new ERR_INVALID_URL_SCHEME('file');");
  return windows ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

function pathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw at(new ERR_INVALID_FILE_URL_HOST(process.platform), 1466, '    throw new ERR_INVALID_FILE_URL_HOST(platform);');
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw at(new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters'), 1473,
          '        throw new ERR_INVALID_FILE_URL_PATH(');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  // A host makes a UNC path; otherwise a drive letter is required.
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  return pathname.slice(1);
}

function encodePathChars(filepath, windows) {
  return filepath.replace(windows ? /[%\n\r\t]/g : /[%\\\n\r\t]/g, (c) => ({
    '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09',
  })[c]);
}

function pathToFileURL(filepath, options) {
  const windows = options?.windows ?? false;
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\resource (an extended \\?\UNC\ prefix is skipped).
    const prefix = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', prefix);
    if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const url = new URL('file://');
    url.hostname = domainToASCII(filepath.slice(prefix, hostEnd));
    url.pathname = encodePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), true);
    return url;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== (windows ? '\\' : '/')) resolved += '/';
  if (windows) resolved = resolved.replace(/\\/g, '/');
  const url = new URL('file://');
  url.pathname = encodePathChars(resolved, windows);
  return url;
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURLObject(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

module.exports = {
  utf8Decode,
  URL,
  URLSearchParams,
  resolveBlobURL,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL: isURLObject,
  toUSVString,
};
