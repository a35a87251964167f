'use strict';
// internal/mime — util.MIMEType and util.MIMEParams, following Node's
// lib/internal/mime.js and the WHATWG MIME Sniffing parsing rules.

const { codes: { ERR_INVALID_MIME_SYNTAX, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED = /[^\t\u0020-\u007E\u0080-\u00FF]/;
const LEADING_WS = /^[\r\n\t ]*/;
const TRAILING_WS = /[\r\n\t ]*$/;

function firstInvalid(re, str) {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
}

function lower(str) {
  return str.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function parseTypeAndSubtype(str) {
  let position = LEADING_WS.exec(str)[0].length;
  const typeEnd = str.indexOf('/', position);
  const rawType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const badType = firstInvalid(NOT_TOKEN, rawType);
  if (rawType === '' || badType !== -1 || typeEnd === -1) throw new ERR_INVALID_MIME_SYNTAX('type', str, badType);
  position = typeEnd + 1;
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const subtype = rawSubtype.replace(TRAILING_WS, '');
  const badSubtype = firstInvalid(NOT_TOKEN, subtype);
  if (subtype === '' || badSubtype !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', str, badSubtype);
  return { type: lower(rawType), subtype: lower(subtype), paramsIndex: position };
}

function quoteValue(value) {
  if (value.length > 0 && firstInvalid(NOT_TOKEN, value) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const kMap = Symbol('kMap');

class MIMEParams {
  constructor() {
    Object.defineProperty(this, kMap, { value: new Map(), enumerable: false });
  }

  delete(name) {
    this[kMap].delete(name);
  }

  get(name) {
    const v = this[kMap].get(`${name}`);
    return v === undefined ? null : v;
  }

  has(name) {
    return this[kMap].has(`${name}`);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(NOT_TOKEN, name);
    if (name.length === 0 || badName !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    const badValue = firstInvalid(NOT_QUOTED, value);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    this[kMap].set(name, value);
  }

  *entries() {
    yield* this[kMap].entries();
  }

  *keys() {
    yield* this[kMap].keys();
  }

  *values() {
    yield* this[kMap].values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this[kMap]) {
      out += `${out ? ';' : ''}${name}=${quoteValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  // parseInto reads the parameters of a MIME string into params.
  static parseInto(params, str, position) {
    const map = params[kMap];
    const len = str.length;
    while (position < len) {
      position += LEADING_WS.exec(str.slice(position))[0].length;
      let nameEnd = position;
      while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = lower(str.slice(position, nameEnd));
      position = nameEnd;
      if (position < len && str[position] === ';') {
        position++;
        continue;
      }
      position++; // '='
      if (position >= len) break;
      let value;
      if (str[position] === '"') {
        value = '';
        position++;
        while (position < len) {
          const ch = str[position];
          if (ch === '\\') {
            position++;
            if (position < len) value += str[position++];
            else value += '\\';
          } else if (ch === '"') {
            break;
          } else {
            value += ch;
            position++;
          }
        }
        const semi = str.indexOf(';', position);
        position = semi === -1 ? len : semi + 1;
      } else {
        const semi = str.indexOf(';', position);
        const end = semi === -1 ? len : semi;
        value = str.slice(position, end).replace(TRAILING_WS, '');
        position = end + 1;
        if (value === '') continue;
      }
      if (name !== '' && firstInvalid(NOT_TOKEN, name) === -1 && firstInvalid(NOT_QUOTED, value) === -1 &&
          !map.has(name)) {
        map.set(name, value);
      }
    }
  }
}

const kType = Symbol('kType');
const kSubtype = Symbol('kSubtype');
const kParams = Symbol('kParams');

class MIMEType {
  constructor(string) {
    string = `${string}`;
    const { type, subtype, paramsIndex } = parseTypeAndSubtype(string);
    const params = new MIMEParams();
    MIMEParams.parseInto(params, string, paramsIndex);
    Object.defineProperty(this, kType, { value: type, writable: true, enumerable: false });
    Object.defineProperty(this, kSubtype, { value: subtype, writable: true, enumerable: false });
    Object.defineProperty(this, kParams, { value: params, enumerable: false });
  }

  get type() {
    return this[kType];
  }

  set type(v) {
    v = `${v}`;
    const bad = firstInvalid(NOT_TOKEN, v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', v, bad);
    this[kType] = lower(v);
  }

  get subtype() {
    return this[kSubtype];
  }

  set subtype(v) {
    v = `${v}`;
    const bad = firstInvalid(NOT_TOKEN, v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', v, bad);
    this[kSubtype] = lower(v);
  }

  get essence() {
    return `${this[kType]}/${this[kSubtype]}`;
  }

  get params() {
    return this[kParams];
  }

  toString() {
    const params = this[kParams].toString();
    return `${this.essence}${params ? `;${params}` : ''}`;
  }

  toJSON() {
    return this.toString();
  }
}

for (const C of [MIMEType, MIMEParams]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: undefined });
}

function checkString(v, name) {
  if (typeof v !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', v);
}

module.exports = { MIMEType, MIMEParams, checkString };
