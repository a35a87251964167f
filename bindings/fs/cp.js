'use strict';
// internal/fs/cp — after Node's lib/internal/fs/cp/cp-sync.js and cp.js:
// recursive copy with Node's checks and errors (same file, directory onto
// file, subdirectory of itself, existing targets). The algorithm is one
// generator yielding binding operations, driven synchronously by cpSync and
// through the I/O goroutines by cp.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_EISDIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  getValidatedPath,
  validateInteger,
  getStatsFromBinding,
  validateObject,
  validateBoolean,
  validateFunction,
} = require('internal/fs/utils');

const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;

function validateCpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, filter: undefined, force: true, mode: 0,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, ...options,
  };
  if (o.mode == null) o.mode = 0;
  validateInteger(o.mode, 'mode', 0, 7);
  validateBoolean(o.dereference, 'options.dereference');
  validateBoolean(o.errorOnExist, 'options.errorOnExist');
  validateBoolean(o.force, 'options.force');
  validateBoolean(o.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(o.recursive, 'options.recursive');
  validateBoolean(o.verbatimSymlinks, 'options.verbatimSymlinks');
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

function isSrcSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

// op asks the driver to run binding[name](...args).
function op(name, ...args) {
  return { name, args };
}

function* statOrNull(name, p) {
  try {
    return getStatsFromBinding(yield op(name, p, false));
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* cpGen(src, dest, opts) {
  const statName = opts.dereference ? 'stat' : 'lstat';
  const srcStat = getStatsFromBinding(yield op(statName, src, false));
  const destStat = yield* statOrNull(statName, dest);
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw new ERR_FS_CP_EINVAL({ message: 'src and dest cannot be the same', path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL' });
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR({
        message: `cannot overwrite non-directory ${dest} with directory ${src}`,
        path: dest, syscall: 'cp', errno: EISDIR, code: 'EISDIR',
      });
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR({
        message: `cannot overwrite directory ${dest} with non-directory ${src}`,
        path: dest, syscall: 'cp', errno: ENOTDIR, code: 'ENOTDIR',
      });
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL({
      message: `cannot copy ${src} to a subdirectory of self ${dest}`,
      path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
    });
  }
  if (opts.filter) {
    let keep = opts.filter(src, dest);
    if (keep && typeof keep.then === 'function') keep = yield { promise: keep };
    if (!keep) return;
  }
  const parent = pathModule.dirname(dest);
  yield op('mkdir', parent, 0o777, true);
  yield* copyEntry(srcStat, destStat, src, dest, opts);
}

function* copyEntry(srcStat, destStat, src, dest, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw new ERR_FS_EISDIR({
        message: `${src} is a directory (not copied)`,
        path: src, syscall: 'cp', errno: EISDIR, code: 'EISDIR',
      });
    }
    if (!destStat) yield op('mkdir', dest, srcStat.mode & 0o7777, false);
    const names = yield op('readdir', src, false);
    for (const name of names) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      if (opts.filter) {
        let keep = opts.filter(s, d);
        if (keep && typeof keep.then === 'function') keep = yield { promise: keep };
        if (!keep) continue;
      }
      const statName = opts.dereference ? 'stat' : 'lstat';
      const sStat = getStatsFromBinding(yield op(statName, s, false));
      const dStat = yield* statOrNull(statName, d);
      yield* copyEntry(sStat, dStat, s, d, opts);
    }
    if (!destStat) yield op('chmod', dest, srcStat.mode & 0o7777);
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield op('unlink', dest);
      } else {
        if (opts.errorOnExist) {
          throw new ERR_FS_CP_EEXIST({
            message: `${dest} already exists`, path: dest, syscall: 'cp', errno: EEXIST, code: 'EEXIST',
          });
        }
        return;
      }
    }
    yield op('copyFile', src, dest, opts.mode);
    if (opts.preserveTimestamps) {
      yield op('utimes', dest, srcStat.atimeMs / 1000, srcStat.mtimeMs / 1000);
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let resolvedSrc = yield op('readlink', src);
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
      resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
    }
    if (!destStat) {
      yield op('symlink', resolvedSrc, dest);
      return;
    }
    let resolvedDest;
    try {
      resolvedDest = yield op('readlink', dest);
    } catch (err) {
      if (err.code !== 'EINVAL' && err.code !== 'UNKNOWN') throw err;
      yield op('symlink', resolvedSrc, dest);
      return;
    }
    if (!pathModule.isAbsolute(resolvedDest)) {
      resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
    }
    if (isSrcSubdir(resolvedSrc, resolvedDest)) {
      throw new ERR_FS_CP_EINVAL({
        message: `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    const target = getStatsFromBinding(yield op('stat', dest, false));
    if (target.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
      throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY({
        message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
        path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
      });
    }
    yield op('unlink', dest);
    yield op('symlink', resolvedSrc, dest);
    return;
  }
  const ctx = { path: src, syscall: 'cp', errno: EINVAL, code: 'EINVAL' };
  if (srcStat.isSocket()) throw new ERR_FS_CP_SOCKET({ ...ctx, message: `cannot copy a socket file: ${dest}` });
  if (srcStat.isFIFO()) throw new ERR_FS_CP_FIFO_PIPE({ ...ctx, message: `cannot copy a FIFO pipe: ${dest}` });
  throw new ERR_FS_CP_UNKNOWN({ ...ctx, message: `cannot copy an unknown file type: ${dest}` });
}

function runSync(gen) {
  let step = gen.next();
  while (!step.done) {
    if (step.value.promise) {
      step = gen.throw(new ERR_INVALID_RETURN_VALUE('boolean', 'filter', step.value.promise));
      continue;
    }
    const { name, args } = step.value;
    let value;
    try {
      value = binding[name](...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

function runAsync(gen, callback) {
  const advance = (method, arg) => {
    let step;
    try {
      step = gen[method](arg);
    } catch (err) {
      callback(err);
      return;
    }
    if (step.done) {
      callback(null);
      return;
    }
    if (step.value.promise) {
      step.value.promise.then((v) => advance('next', v), (err) => advance('throw', err));
      return;
    }
    const { name, args } = step.value;
    binding[name](...args, (err, value) => {
      if (err) advance('throw', err);
      else advance('next', value);
    });
  };
  advance('next', undefined);
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runSync(cpGen(src, dest, opts));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  runAsync(cpGen(src, dest, opts), callback);
}

function cpPromise(src, dest, options) {
  return new Promise((resolve, reject) => {
    cp(src, dest, options, (err) => (err ? reject(err) : resolve()));
  });
}


module.exports = { cp, cpSync, cpPromise };
