// path (posix), after Node's lib/path.js. Minimal first version for the
// module loader; the full module replaces it.
'use strict';

function assertPath(p, name = 'path') {
  if (typeof p !== 'string') {
    const err = new TypeError(`The "${name}" argument must be of type string. Received ${p === null ? 'null' : typeof p === 'object' ? 'an instance of ' + (p.constructor && p.constructor.name) : `type ${typeof p} (${String(p)})`}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function normalizeString(p, allowAboveRoot) {
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else out.push(seg);
  }
  return out.join('/');
}

const posix = {
  sep: '/',
  delimiter: ':',
  resolve(...args) {
    let resolved = '';
    let abs = false;
    for (let i = args.length - 1; i >= -1 && !abs; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      assertPath(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      abs = p.charCodeAt(0) === 47;
    }
    resolved = normalizeString(resolved, !abs);
    if (abs) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },
  normalize(p) {
    assertPath(p);
    if (p.length === 0) return '.';
    const abs = p.charCodeAt(0) === 47;
    const trailing = p.charCodeAt(p.length - 1) === 47;
    let n = normalizeString(p, !abs);
    if (n.length === 0) {
      if (abs) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) n += '/';
    return abs ? `/${n}` : n;
  },
  isAbsolute(p) {
    assertPath(p);
    return p.length > 0 && p.charCodeAt(0) === 47;
  },
  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (const a of args) {
      assertPath(a);
      if (a.length > 0) joined = joined === undefined ? a : `${joined}/${a}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },
  relative(from, to) {
    assertPath(from, 'from');
    assertPath(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    return [...Array(f.length - i).fill('..'), ...t.slice(i)].join('/');
  },
  toNamespacedPath(p) { return p; },
  dirname(p) {
    assertPath(p);
    if (p.length === 0) return '.';
    const abs = p.charCodeAt(0) === 47;
    let end = -1;
    let matchedSlash = true;
    for (let i = p.length - 1; i >= 1; --i) {
      if (p.charCodeAt(i) === 47) {
        if (!matchedSlash) { end = i; break; }
      } else matchedSlash = false;
    }
    if (end === -1) return abs ? '/' : '.';
    if (abs && end === 1) return '//';
    return p.slice(0, end);
  },
  basename(p, ext) {
    assertPath(p);
    let end = p.length;
    while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
    if (end === 0) return '';
    let start = p.lastIndexOf('/', end - 1) + 1;
    let base = p.slice(start, end);
    if (ext !== undefined && ext !== base && base.endsWith(ext)) base = base.slice(0, base.length - ext.length);
    return base;
  },
  extname(p) {
    assertPath(p);
    const base = posix.basename(p);
    const dot = base.lastIndexOf('.');
    if (dot <= 0) return '';
    return base.slice(dot);
  },
  parse(p) {
    assertPath(p);
    const root = p.charCodeAt(0) === 47 ? '/' : '';
    const base = posix.basename(p);
    const ext = posix.extname(p);
    let dir = posix.dirname(p);
    if (dir === '.' && !p.startsWith('.')) dir = '';
    return { root, dir, base, ext, name: ext ? base.slice(0, base.length - ext.length) : base };
  },
  format(o) {
    const dir = o.dir || o.root;
    const base = o.base || `${o.name || ''}${o.ext || ''}`;
    if (!dir) return base;
    return dir === o.root ? `${dir}${base}` : `${dir}/${base}`;
  },
};
posix.posix = posix;
posix.win32 = posix;

module.exports = posix;
