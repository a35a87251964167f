// Node's `path` module (lib/path.js): POSIX path manipulation as the default
// export and `path.posix`, plus a Windows flavour as `path.win32`. Every
// function validates its string arguments with ERR_INVALID_ARG_TYPE.
'use strict';

// ---- argument validation (lib/internal/validators.js) ----------------------

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

// Node's validators rethrow from internal/errors; an uncaught validation
// error's report starts there (the runtime prints this header).
const kHeader = Symbol.for('handshake.fatalHeader');
function fromValidator(err) {
  Object.defineProperty(err, kHeader, {
    value: 'node:internal/errors:541\n      throw error;\n      ^\n', writable: true, configurable: true, enumerable: false,
  });
  return err;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw fromValidator(new ERR_INVALID_ARG_TYPE(name, 'string', value));
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fromValidator(new ERR_INVALID_ARG_TYPE(name, 'object', value));
  }
}

// ---- shared helpers ----------------------------------------------------------

// normalizeSegments resolves "." and ".." segments of a path split on the
// separators isSep accepts; it returns the segments joined with sep and no
// leading or trailing separator. With allowAboveRoot, leading ".." segments
// that cannot be resolved are kept (relative paths); otherwise dropped.
function normalizeSegments(path, allowAboveRoot, isSep, sep) {
  const out = [];
  const segs = path.split(sep === '/' ? '/' : /[\\/]/);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

// scanLastPart looks at the last path component of path[from:] the way
// Node's extname/parse/basename do: trailing separators are ignored.
// It returns { startPart, end, startDot, preDotState }: the component is
// path[startPart:end] (end -1 when there is none; startPart keeps the value
// passed in when no separator precedes the component), startDot the index of
// its last dot (-1 if none) and preDotState 0 when that dot opens the
// component, 1 when only dots precede it, -1 otherwise.
function scanLastPart(path, from, isSep, startPart) {
  let end = -1;
  let startDot = -1;
  let preDotState = 0;
  let trailing = true;
  for (let i = path.length - 1; i >= from; i--) {
    const c = path.charCodeAt(i);
    if (isSep(c)) {
      if (!trailing) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      trailing = false;
      end = i + 1;
    }
    if (c === 46 /* . */) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  return { startPart, end, startDot, preDotState };
}

// hasExt reports whether the scanned component has an extension: a last
// dot that is neither its first character nor part of a bare "..".
function hasExt(s) {
  if (s.startDot === -1 || s.end === -1 || s.preDotState === 0) return false;
  return !(s.preDotState === 1 && s.startDot === s.end - 1 && s.startDot === s.startPart + 1);
}

// baseOf is basename without the suffix argument: the last component of
// path[from:], ignoring trailing separators.
function baseOf(path, from, isSep) {
  if (isSep === isPosixSep) {
    let end = path.length;
    while (end > from && path.charCodeAt(end - 1) === 47) end--;
    if (end === from) return '';
    const start = Math.max(path.lastIndexOf('/', end - 1) + 1, from);
    return path.slice(start, end);
  }
  let end = -1;
  let start = from;
  for (let i = path.length - 1; i >= from; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

// baseWithSuffix is basename(path, suffix) with Node's exact quirks: the
// suffix is matched backwards from the end of the last component, and a
// suffix longer than the component leaves the path's tail untouched.
function baseWithSuffix(path, from, suffix, isSep) {
  if (suffix === path) return '';
  if (isSep === isPosixSep) {
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
    if (end === 0) return path; // only slashes: Node returns the path
    const start = path.lastIndexOf('/', end - 1) + 1;
    const seg = path.slice(start, end);
    if (seg === suffix) return seg;
    if (seg.endsWith(suffix)) return seg.slice(0, seg.length - suffix.length);
    // The whole name matched the end of a longer suffix: the rest of the
    // path, trailing slashes included, is returned.
    if (suffix.endsWith(seg)) return path.slice(start);
    return seg;
  }
  let start = from;
  let end = -1;
  let firstNonSep = -1;
  let extIdx = suffix.length - 1;
  for (let i = path.length - 1; i >= from; i--) {
    const c = path.charCodeAt(i);
    if (isSep(c)) {
      if (firstNonSep !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (firstNonSep === -1) firstNonSep = i + 1;
    if (extIdx >= 0) {
      if (c === suffix.charCodeAt(extIdx)) {
        if (--extIdx === -1) end = i;
      } else {
        extIdx = -1;
        end = firstNonSep;
      }
    }
  }
  if (start === end) end = firstNonSep;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

// matchesGlob tests a path against a glob pattern (minimatch's common
// subset: *, ?, **, [...] classes and {a,b} alternatives).
let warnedGlob = false;
function matchesGlob(path, pattern, windows) {
  if (!warnedGlob) {
    warnedGlob = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (windows) {
    path = path.replace(/\\/g, '/');
    pattern = pattern.replace(/\\/g, '/');
  }
  return globToRegExp(pattern).test(path);
}

function globToRegExp(glob) {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        let j = i + 2;
        if (atStart && (j === glob.length || glob[j] === '/')) {
          re += j === glob.length ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?' : '(?:(?!\\.)[^/]*/)*';
          i = j;
          continue;
        }
        i++;
      }
      const segStart = i === 0 || glob[i - 1] === '/';
      const segEnd = i + 1 === glob.length || glob[i + 1] === '/';
      // A lone "*" segment matches a non-empty name, never a dotfile.
      if (segStart) re += segEnd ? '(?!\\.)[^/]+' : '(?!\\.)[^/]*';
      else re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body[0] === '!') body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      re += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      re += ')';
      depth--;
    } else if (c === ',' && depth > 0) {
      re += '|';
    } else {
      re += c.replace(/[.+^$()|\\\][]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

// _format is bound to each flavour's separator, as in Node (whose
// path.format is named "bound _format").
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? (ext[0] === '.' ? '' : '.') + ext : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---- POSIX -------------------------------------------------------------------

const isPosixSep = (c) => c === 47;

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === 47;
    }
    resolved = normalizeSegments(resolved, !absolute, isPosixSep, '/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === 47;
    const trailing = path.charCodeAt(path.length - 1) === 47;
    let out = normalizeSegments(path, !absolute, isPosixSep, '/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const a of args) {
      validateString(a, 'path');
      if (a.length > 0) parts.push(a);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    const up = new Array(fromParts.length - common).fill('..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === 47;
    // Node scans from the end down to index 1: trailing slashes are
    // skipped, then the first slash left of the last name ends the dirname.
    let last = path.length - 1;
    while (last >= 1 && path.charCodeAt(last) === 47) last--;
    const end = last >= 1 ? path.lastIndexOf('/', last) : -1;
    if (end < 1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return baseWithSuffix(path, 0, suffix, isPosixSep);
    }
    return baseOf(path, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const base = baseOf(path, 0, isPosixSep);
    const dot = base.lastIndexOf('.');
    // No extension for dotfiles (".a"), names without a dot, or "..".
    if (dot <= 0 || base === '..') return '';
    return base.slice(dot);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === 47;
    if (absolute) ret.root = '/';
    const s = scanLastPart(path, absolute ? 1 : 0, isPosixSep, 0);
    if (s.end !== -1) {
      const start = s.startPart === 0 && absolute ? 1 : s.startPart;
      ret.base = path.slice(start, s.end);
      if (hasExt(s)) {
        ret.name = path.slice(start, s.startDot);
        ret.ext = path.slice(s.startDot, s.end);
      } else {
        ret.name = ret.base;
      }
    }
    if (s.startPart > 0) ret.dir = path.slice(0, s.startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// ---- Windows -----------------------------------------------------------------

const isWinSep = (c) => c === 47 || c === 92;
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// winRoot splits off a path's root: "C:\", "C:", "\", "\\server\share\",
// and says whether the path is absolute (rooted). device is the root as
// written without a trailing separator ("C:", "\\server\share").
function winRoot(path) {
  const len = path.length;
  if (len === 0) return { rootEnd: 0, device: '', absolute: false };
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      // UNC: \\server\share
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j !== 2) {
        const server = path.slice(2, j);
        let k = j;
        while (k < len && isWinSep(path.charCodeAt(k))) k++;
        if (k < len && k !== j) {
          let m = k;
          while (m < len && !isWinSep(path.charCodeAt(m))) m++;
          const share = path.slice(k, m);
          // \\.\name and \\?\name are device paths, not server\share.
          const isDevice = server === '.' || server === '?';
          if (m === len) return { rootEnd: len, device: `\\\\${server}\\${share}`, absolute: true, isDevice };
          if (m !== k) return { rootEnd: m, device: `\\\\${server}\\${share}`, absolute: true, sepAfter: true, isDevice };
        }
      }
    }
    return { rootEnd: 1, device: '', absolute: true };
  }
  if (isLetter(c0) && len > 1 && path.charCodeAt(1) === 58 /* : */) {
    const device = path.slice(0, 2);
    if (len > 2 && isWinSep(path.charCodeAt(2))) return { rootEnd: 3, device, absolute: true };
    return { rootEnd: 2, device, absolute: false };
  }
  return { rootEnd: 0, device: '', absolute: false };
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = process.cwd();
      } else {
        p = (process.env && process.env[`=${device}`]) || process.cwd();
        if (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p.charCodeAt(2) === 92) p = `${device}\\`;
      }
      const r = winRoot(p);
      if (r.device.length > 0) {
        if (device.length > 0 && r.device.toLowerCase() !== device.toLowerCase()) continue;
      }
      if (device.length === 0 && r.device.length > 0) device = r.device;
      if (!absolute) {
        tail = `${p.slice(r.rootEnd)}\\${tail}`;
        absolute = r.absolute;
      }
      if (absolute && device.length > 0) break;
    }
    tail = normalizeSegments(tail, !absolute, isWinSep, '\\');
    if (tail === '' && /^[\\/]{2}[.?][\\/][^\\/]+$/.test(device)) return device;
    const res = device + (absolute ? '\\' : '') + tail;
    return res || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const r = winRoot(path);
    if (r.rootEnd === 1 && path.length === 1) return '\\';
    const trailing = isWinSep(path.charCodeAt(path.length - 1));
    let tail = r.rootEnd < path.length ? normalizeSegments(path.slice(r.rootEnd), !r.absolute, isWinSep, '\\') : '';
    if (tail.length === 0 && !r.absolute) tail = '.';
    if (tail.length > 0 && trailing) tail += '\\';
    const device = r.device.replace(/\//g, '\\');
    if (r.isDevice && tail === '' && !trailing) return device;
    if (r.absolute) return `${device}\\${tail}`;
    // A relative result whose first segment holds ':' would read as a
    // drive-relative path: Node prefixes it with ".\".
    if (device === '' && (/^[A-Za-z]:/.test(tail) || /:([\\/]|$)/.test(path))) return `.\\${tail}`;
    return device + tail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    const c0 = path.charCodeAt(0);
    return isWinSep(c0) || (path.length > 2 && isLetter(c0) && path.charCodeAt(1) === 58 && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const a of args) {
      validateString(a, 'path');
      if (a.length > 0) parts.push(a);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // A first part like "\\server" must not turn into a UNC root by accident
    // only when it already started with two separators.
    const first = parts[0];
    if (!(first.length > 1 && isWinSep(first.charCodeAt(0)) && isWinSep(first.charCodeAt(1)))) {
      joined = joined.replace(/^[\\/]{2,}/, '\\');
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromAbs = win32.resolve(from);
    const toAbs = win32.resolve(to);
    if (fromAbs === toAbs) return '';
    if (fromAbs.toLowerCase() === toAbs.toLowerCase()) return '';
    const fp = fromAbs.split('\\').filter(Boolean);
    const tp = toAbs.split('\\').filter(Boolean);
    let common = 0;
    while (common < fp.length && common < tp.length && fp[common].toLowerCase() === tp[common].toLowerCase()) common++;
    if (common === 0) return toAbs;
    return new Array(fp.length - common).fill('..').concat(tp.slice(common)).join('\\');
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.startsWith('\\\\')) {
      if (resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
    } else if (isLetter(resolved.charCodeAt(0)) && resolved[1] === ':' && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const r = winRoot(path);
    const rootEnd = r.sepAfter ? r.rootEnd + 1 : r.rootEnd;
    if (rootEnd >= path.length) return path;
    let end = -1;
    let trailing = true;
    for (let i = path.length - 1; i >= rootEnd; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!trailing) {
          end = i;
          break;
        }
      } else {
        trailing = false;
      }
    }
    if (end === -1) {
      if (rootEnd === 0) return '.';
      return path.slice(0, rootEnd);
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && isLetter(path.charCodeAt(0)) && path.charCodeAt(1) === 58) from = 2;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return baseWithSuffix(path, from, suffix, isWinSep);
    }
    return baseOf(path, from, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    let from = 0;
    if (path.length >= 2 && path.charCodeAt(1) === 58 && isLetter(path.charCodeAt(0))) from = 2;
    const s = scanLastPart(path, from, isWinSep, from);
    return hasExt(s) ? path.slice(s.startDot, s.end) : '';
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const r = winRoot(path);
    const rootEnd = r.sepAfter ? r.rootEnd + 1 : r.rootEnd;
    ret.root = path.slice(0, Math.min(rootEnd, path.length));
    if (rootEnd >= path.length) {
      ret.dir = ret.root;
      return ret;
    }
    const s = scanLastPart(path, rootEnd, isWinSep, rootEnd);
    if (s.end !== -1) {
      ret.base = path.slice(s.startPart, s.end);
      if (hasExt(s)) {
        ret.name = path.slice(s.startPart, s.startDot);
        ret.ext = path.slice(s.startDot, s.end);
      } else {
        ret.name = ret.base;
      }
    }
    if (s.startPart > 0 && s.startPart !== rootEnd) ret.dir = path.slice(0, s.startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
