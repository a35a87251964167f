// fetch, Headers, Request, Response and FormData as Node 20 gives them
// (Node's come from undici; this follows their observable behaviour: the
// request bytes, header handling, redirects, errors as `TypeError: fetch
// failed` with a `cause`). Requests go through our own http/https clients,
// so NODE_EXTRA_CA_CERTS and NODE_TLS_REJECT_UNAUTHORIZED apply as for
// https.request.
'use strict';

const { ReadableStream } = require('internal/webstreams');
const binding = internalBinding('internal/fetch');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kList = Symbol('headers list');
const kGuard = Symbol('guard');
const kBody = Symbol('body');
const kState = Symbol('state');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function lazyBuffer() {
  return require('buffer').Buffer;
}

// ---- Headers ---------------------------------------------------------------------

function normalizeValue(v) {
  return `${v}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map(); // lower name -> { name, values }
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    if (init instanceof Headers) {
      for (const [k, v] of init[kList]) this[kList].set(k, { name: v.name, values: v.values.slice() });
      return;
    }
    if (typeof init !== 'object') {
      throw new TypeError("Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.");
    }
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const p = [...pair];
        if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
        this.append(p[0], p[1]);
      }
      return;
    }
    for (const k of Object.keys(init)) this.append(k, init[k]);
  }

  append(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    if (!tokenRe.test(name)) throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
    if (/[\0\r\n]/.test(value)) throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
    const key = name.toLowerCase();
    const entry = this[kList].get(key);
    if (entry) entry.values.push(value);
    else this[kList].set(key, { name, values: [value] });
  }

  set(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    if (!tokenRe.test(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (/[\0\r\n]/.test(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    const key = name.toLowerCase();
    const entry = this[kList].get(key);
    if (entry) entry.values = [value];
    else this[kList].set(key, { name, values: [value] });
  }

  delete(name) {
    name = `${name}`;
    if (!tokenRe.test(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    name = `${name}`;
    if (!tokenRe.test(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    const entry = this[kList].get(name.toLowerCase());
    return entry ? entry.values.join(', ') : null;
  }

  has(name) {
    name = `${name}`;
    if (!tokenRe.test(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kList].has(name.toLowerCase());
  }

  getSetCookie() {
    const entry = this[kList].get('set-cookie');
    return entry ? entry.values.slice() : [];
  }

  // sorted by name, set-cookie values separately (the Fetch standard's
  // "sort and combine")
  *entries() {
    const names = [...this[kList].keys()].sort();
    for (const n of names) {
      const e = this[kList].get(n);
      if (n === 'set-cookie') {
        for (const v of e.values) yield [n, v];
      } else {
        yield [n, e.values.join(', ')];
      }
    }
  }

  *keys() {
    for (const [k] of this.entries()) yield k;
  }

  *values() {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(callback, thisArg) {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }

  [kInspect](depth, options, inspect) {
    const o = {};
    for (const e of this[kList].values()) o[e.name] = e.values.join(', ');
    return `Headers ${inspect(o, options)}`;
  }
}

// ---- bodies --------------------------------------------------------------------

function bodyError(message) {
  return new TypeError(message);
}

// extractBody turns a BodyInit into { bytes | stream, type }.
function extractBody(body) {
  const Buffer = lazyBuffer();
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return { bytes: Buffer.from(body, 'utf8'), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return { bytes: Buffer.from(body.toString(), 'utf8'), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (body instanceof ArrayBuffer) return { bytes: Buffer.from(body.slice(0)), type: null };
  if (ArrayBuffer.isView(body)) {
    return { bytes: Buffer.from(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
  }
  if (typeof Blob !== 'undefined' && body instanceof Blob) return { blob: body, type: body.type || null };
  if (body instanceof FormData) return encodeFormData(body);
  if (body instanceof ReadableStream) return { stream: body, type: null };
  if (typeof body[Symbol.asyncIterator] === 'function') return { stream: ReadableStream.from(body), type: null };
  return { bytes: Buffer.from(`${body}`, 'utf8'), type: 'text/plain;charset=UTF-8' };
}

function bodyStreamFrom(extracted) {
  if (!extracted) return null;
  if (extracted.stream) return extracted.stream;
  let done = false;
  return new ReadableStream({
    async pull(c) {
      if (done) return;
      done = true;
      const bytes = extracted.blob ? new Uint8Array(await extracted.blob.arrayBuffer()) : extracted.bytes;
      if (bytes.length > 0) c.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      c.close();
    },
  });
}

function consumeBody(obj) {
  const state = obj[kBody];
  if (state.used || (state.stream && state.stream.locked)) {
    return Promise.reject(bodyError('Body is unusable: Body has already been read'));
  }
  state.used = true;
  if (!state.stream) return Promise.resolve(new Uint8Array(0));
  const reader = state.stream.getReader();
  const chunks = [];
  let total = 0;
  const Buffer = lazyBuffer();
  const step = () => reader.read().then(({ value, done }) => {
    if (done) return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)), total);
    chunks.push(value);
    total += value.byteLength;
    return step();
  });
  return step();
}

const bodyMixin = {
  text() {
    return consumeBody(this).then((b) => new TextDecoder().decode(b));
  },
  json() {
    return this.text().then((t) => JSON.parse(t));
  },
  arrayBuffer() {
    return consumeBody(this).then((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  },
  blob() {
    return consumeBody(this).then((b) => new Blob([b], { type: this.headers.get('content-type') || '' }));
  },
  bytes() {
    return consumeBody(this).then((b) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)));
  },
  formData() {
    return Promise.reject(new TypeError('Response.formData: parsing multipart bodies is not supported by handshake'));
  },
};

function defineBody(proto) {
  for (const k of Object.keys(bodyMixin)) {
    Object.defineProperty(proto, k, { value: bodyMixin[k], writable: true, configurable: true });
  }
  Object.defineProperty(proto, 'body', {
    get() { return this[kBody].stream; },
    configurable: true,
    enumerable: true,
  });
  Object.defineProperty(proto, 'bodyUsed', {
    get() { return this[kBody].used || !!(this[kBody].stream && this[kBody].stream.locked && this[kBody].disturbed); },
    configurable: true,
    enumerable: true,
  });
}

// ---- Response ------------------------------------------------------------------

const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);

class Response {
  constructor(body = null, init = {}) {
    const status = init.status === undefined ? 200 : Number(init.status);
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const extracted = extractBody(body);
    if (extracted && nullBodyStatus.has(status)) {
      throw new TypeError('Response constructor: Invalid response status code ' + status);
    }
    this[kState] = {
      status,
      statusText: init.statusText === undefined ? '' : `${init.statusText}`,
      type: 'default',
      url: '',
      redirected: false,
    };
    this.headers = new Headers(init.headers);
    Object.defineProperty(this, 'headers', { enumerable: false, writable: false });
    if (extracted && extracted.type && !this.headers.has('content-type')) this.headers.set('content-type', extracted.type);
    this[kBody] = { stream: bodyStreamFrom(extracted), used: false };
  }

  get status() { return this[kState].status; }
  get statusText() { return this[kState].statusText; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = Object.create(Response.prototype);
    r[kState] = { ...this[kState] };
    r.headers = new Headers(this.headers);
    let stream = this[kBody].stream;
    let other = null;
    if (stream) [stream, other] = stream.tee();
    this[kBody].stream = stream;
    r[kBody] = { stream: other, used: false };
    return r;
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r[kState].status = 0;
    r[kState].type = 'error';
    return r;
  }

  static json(data, init = {}) {
    const body = JSON.stringify(data);
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(body, { ...init, headers });
  }

  static redirect(url, status = 302) {
    const parsed = new URL(url);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status: 200, headers: { location: parsed.href } });
    r[kState].status = status;
    return r;
  }

  get [Symbol.toStringTag]() {
    return 'Response';
  }

  [kInspect](depth, options, inspect) {
    const o = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(o, options)}`;
  }
}
defineBody(Response.prototype);

// ---- Request -------------------------------------------------------------------

const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

class Request {
  constructor(input, init = {}) {
    let base = null;
    let url;
    if (input instanceof Request) {
      base = input;
      url = input.url;
    } else {
      try {
        url = new URL(`${input}`).href;
      } catch (err) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
      }
    }
    let method = init.method !== undefined ? `${init.method}` : base ? base.method : 'GET';
    if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    if (normalizedMethods.has(method.toUpperCase())) method = method.toUpperCase();
    if (['CONNECT', 'TRACE', 'TRACK'].includes(method.toUpperCase())) throw new TypeError(`'${method}' HTTP method is unsupported.`);
    this[kState] = {
      method,
      url,
      redirect: init.redirect || (base ? base.redirect : 'follow'),
      signal: init.signal || (base ? base.signal : new AbortController().signal),
      keepalive: !!init.keepalive,
      duplex: init.duplex,
    };
    this.headers = new Headers(init.headers !== undefined ? init.headers : base ? base.headers : undefined);
    Object.defineProperty(this, 'headers', { enumerable: false, writable: false });
    const bodyInit = init.body !== undefined ? init.body : null;
    if (bodyInit !== null && (method === 'GET' || method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    const extracted = extractBody(bodyInit);
    if (extracted && extracted.type && !this.headers.has('content-type')) this.headers.set('content-type', extracted.type);
    this[kBody] = { stream: extracted ? bodyStreamFrom(extracted) : base ? base[kBody].stream : null, used: false, extracted };
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url; }
  get redirect() { return this[kState].redirect; }
  get signal() { return this[kState].signal; }
  get keepalive() { return this[kState].keepalive; }
  get destination() { return ''; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }
  get mode() { return 'cors'; }
  get credentials() { return 'same-origin'; }
  get cache() { return 'default'; }
  get integrity() { return ''; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get duplex() { return 'half'; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    return new Request(this);
  }

  get [Symbol.toStringTag]() {
    return 'Request';
  }

  [kInspect](depth, options, inspect) {
    const o = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(o, options)}`;
  }
}
defineBody(Request.prototype);

// ---- FormData ------------------------------------------------------------------

const kEntries = Symbol('entries');

class FormData {
  constructor(form) {
    if (form !== undefined) throw new TypeError("FormData constructor: Argument 1 is not of type 'HTMLFormElement'.");
    this[kEntries] = [];
  }

  static toEntry(name, value, filename) {
    if (typeof Blob !== 'undefined' && value instanceof Blob) {
      const fname = filename !== undefined ? `${filename}` : value.name !== undefined ? value.name : 'blob';
      const File = require('buffer').File;
      if (!(File && value instanceof File) || filename !== undefined) {
        value = new File([value], fname, { type: value.type });
      }
      return [`${name}`, value];
    }
    return [`${name}`, `${value}`];
  }

  append(name, value, filename) { this[kEntries].push(FormData.toEntry(name, value, filename)); }
  set(name, value, filename) {
    const entry = FormData.toEntry(name, value, filename);
    const i = this[kEntries].findIndex((e) => e[0] === entry[0]);
    if (i === -1) {
      this[kEntries].push(entry);
      return;
    }
    this[kEntries] = this[kEntries].filter((e, j) => j === i || e[0] !== entry[0]);
    this[kEntries][i] = entry;
  }

  get(name) {
    const e = this[kEntries].find((x) => x[0] === `${name}`);
    return e ? e[1] : null;
  }

  getAll(name) { return this[kEntries].filter((x) => x[0] === `${name}`).map((x) => x[1]); }
  has(name) { return this[kEntries].some((x) => x[0] === `${name}`); }
  delete(name) { this[kEntries] = this[kEntries].filter((x) => x[0] !== `${name}`); }
  *entries() { for (const e of this[kEntries]) yield [e[0], e[1]]; }
  *keys() { for (const e of this[kEntries]) yield e[0]; }
  *values() { for (const e of this[kEntries]) yield e[1]; }
  forEach(cb, thisArg) { for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this); }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'FormData'; }

  [kInspect](depth, options, inspect) {
    return `FormData ${inspect(this[kEntries].map((e) => ({ name: e[0], value: e[1] })), options)}`;
  }
}

function encodeFormData(fd) {
  const Buffer = lazyBuffer();
  const boundary = `----formdata-undici-0${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`;
  const parts = [];
  const esc = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const blobs = [];
  for (const [name, value] of fd) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"; filename="${esc(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      blobs.push([parts.length, value]);
      parts.push(null);
      parts.push(Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const type = `multipart/form-data; boundary=${boundary}`;
  if (blobs.length === 0) return { bytes: Buffer.concat(parts), type };
  return {
    stream: new ReadableStream({
      async pull(c) {
        for (const [i, blob] of blobs) parts[i] = Buffer.from(await blob.arrayBuffer());
        c.enqueue(Buffer.concat(parts));
        c.close();
      },
    }),
    type,
  };
}

// ---- fetch ---------------------------------------------------------------------

const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514,
  515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659,
  4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortError(signal) {
  if (signal && signal.reason !== undefined) return signal.reason;
  const err = new DOMException('This operation was aborted', 'AbortError');
  return err;
}

let agents;
function agentFor(protocol) {
  if (!agents) {
    agents = {
      'http:': new (require('http').Agent)({ keepAlive: true }),
      'https:': new (require('https').Agent)({ keepAlive: true }),
    };
  }
  return agents[protocol];
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init || {});
  } catch (err) {
    return Promise.reject(err);
  }
  const signal = request.signal;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err) => {
      if (!settled) {
        settled = true;
        reject(err);
      }
    };
    let current = null;
    if (signal) {
      signal.addEventListener('abort', () => {
        if (current) current.destroy();
        fail(abortError(signal));
      }, { once: true });
    }
    const bodyBytes = request[kBody].extracted;
    send(request, new URL(request.url), request.method, bodyBytes, 0, false, (err, response) => {
      if (err) return fail(err);
      if (settled) return;
      settled = true;
      resolve(response);
    }, (req) => { current = req; });
  });
}

function send(request, url, method, extracted, redirects, redirected, cb, setCurrent, retried = false) {
  if (url.protocol === 'data:') {
    return dataURL(url, cb);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return cb(fetchFailed(new Error('unknown scheme')));
  }
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (badPorts.has(port)) return cb(fetchFailed(new Error('bad port')));
  const mod = require(url.protocol === 'https:' ? 'https' : 'http');
  const headers = {};
  headers.host = url.host;
  headers.connection = 'keep-alive';
  for (const e of request.headers[kList].values()) headers[e.name] = e.values.join(', ');
  const has = (n) => request.headers.has(n);
  if (!has('accept')) headers.accept = '*/*';
  if (!has('accept-language')) headers['accept-language'] = '*';
  if (!has('sec-fetch-mode')) headers['sec-fetch-mode'] = 'cors';
  if (!has('user-agent')) headers['user-agent'] = 'node';
  if (!has('accept-encoding')) headers['accept-encoding'] = 'gzip, deflate';
  const streaming = extracted && (extracted.stream || extracted.blob);
  if (extracted && !streaming) headers['content-length'] = String(extracted.bytes.length);
  else if (!extracted && (method === 'POST' || method === 'PUT')) headers['content-length'] = '0';
  const req = mod.request({
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    path: url.pathname + url.search,
    method,
    headers,
    setHost: false,
    agent: agentFor(url.protocol),
    servername: require('net').isIP(url.hostname.replace(/^\[|\]$/g, '')) ? undefined : url.hostname,
  });
  setCurrent(req);
  let responded = false;
  req.on('error', (err) => {
    // like undici: a kept-alive connection the server had already closed
    // fails before any response; retry a replayable request on a new one
    if (!responded && req.reusedSocket && !streaming && !retried) {
      return send(request, url, method, extracted, redirects, redirected, cb, setCurrent, true);
    }
    cb(fetchFailed(err));
  });
  req.on('response', (res) => {
    responded = true;
    const status = res.statusCode;
    const location = res.headers.location;
    if (redirectStatus.has(status) && location !== undefined && request.redirect !== 'manual') {
      res.resume();
      if (request.redirect === 'error') return cb(fetchFailed(new Error('unexpected redirect')));
      if (redirects >= 20) return cb(fetchFailed(new Error('redirect count exceeded')));
      let next;
      try {
        next = new URL(location, url);
      } catch (err) {
        return cb(fetchFailed(err));
      }
      let nextMethod = method;
      let nextBody = extracted;
      if (status === 303 && method !== 'GET' && method !== 'HEAD' || ((status === 301 || status === 302) && method === 'POST')) {
        nextMethod = 'GET';
        nextBody = null;
        request.headers.delete('content-type');
      }
      return send(request, next, nextMethod, nextBody, redirects + 1, true, cb, setCurrent);
    }
    cb(null, makeResponse(res, url, redirected, method));
  });
  if (extracted && extracted.bytes) {
    req.end(extracted.bytes);
  } else if (streaming) {
    const stream = bodyStreamFrom(extracted);
    const reader = stream.getReader();
    const pump = () => reader.read().then(({ value, done }) => {
      if (done) return req.end();
      if (!req.write(value)) req.once('drain', pump);
      else pump();
    }, (err) => req.destroy(err));
    pump();
  } else {
    req.end();
  }
}

function makeResponse(res, url, redirected, method) {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i].toLowerCase(), raw[i + 1]);
  const encoding = (res.headers['content-encoding'] || '').toLowerCase().trim();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate' ? binding.newDecoder(encoding) : 0;
  const nobody = method === 'HEAD' || nullBodyStatus.has(res.statusCode);
  let stream = null;
  if (!nobody) {
    stream = new ReadableStream({
      start(c) {
        res.on('data', (chunk) => {
          if (decoder) {
            const out = binding.decode(decoder, chunk, false);
            if (out && out.length) c.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
          } else {
            c.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          }
          if (c.desiredSize <= -16) res.pause();
        });
        res.on('end', () => {
          if (decoder) {
            let out;
            try {
              out = binding.decode(decoder, lazyBuffer().alloc(0), true);
            } catch (err) {
              c.error(fetchFailed(err));
              return;
            }
            if (out && out.length) c.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
          }
          c.close();
        });
        res.on('error', (err) => c.error(err));
        res.on('aborted', () => c.error(new TypeError('terminated')));
      },
      pull() {
        if (res.isPaused()) res.resume();
      },
      cancel() {
        res.destroy();
      },
    });
  } else {
    res.resume();
  }
  const r = Object.create(Response.prototype);
  r[kState] = { status: res.statusCode, statusText: res.statusMessage || '', type: 'basic', url: url.href, redirected };
  Object.defineProperty(r, 'headers', { value: headers, enumerable: false, writable: false, configurable: true });
  r[kBody] = { stream, used: false };
  return r;
}

function dataURL(url, cb) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma === -1) return cb(fetchFailed(new TypeError('invalid data: URL')));
  let meta = href.slice(5, comma);
  const dataPart = href.slice(comma + 1);
  const Buffer = lazyBuffer();
  let bytes;
  if (/;base64$/i.test(meta)) {
    meta = meta.replace(/;base64$/i, '');
    bytes = Buffer.from(decodeURIComponent(dataPart), 'base64');
  } else {
    bytes = Buffer.from(decodeURIComponent(dataPart), 'latin1');
  }
  const type = meta || 'text/plain;charset=US-ASCII';
  const r = new Response(bytes, { headers: { 'content-type': type } });
  r[kState].statusText = 'OK';
  r[kState].type = 'basic';
  r[kState].url = href;
  cb(null, r);
}

module.exports = { fetch, Headers, Request, Response, FormData };
