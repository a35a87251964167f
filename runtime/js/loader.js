// CommonJS loader, after Node's lib/internal/modules/cjs/loader.js: Module,
// require, require.resolve/cache/main, node_modules lookup, package.json
// "main", .js/.json/.cjs plus the formats the Go side transforms (ESM,
// TypeScript). Resolution touches the file system through binding ops.
'use strict';

const binding = internalBinding('internal/modules');
const path = require('path');

const kHeader = Symbol.for('handshake.fatalHeader');
const builtinIds = binding.builtinIds();
const builtinSet = new Set(builtinIds);

// isBuiltin: the core modules user code may load (internal/ ones are private).
function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) id = id.slice(5);
  return builtinSet.has(id) && !id.startsWith('internal/');
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = builtinIds.filter((id) => !id.startsWith('internal/'));
Module.isBuiltin = isBuiltin;
Module.Module = Module;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'string' && filename.startsWith('file:')) filename = require('url').fileURLToPath(filename);
  const m = new Module(filename);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequire(m);
};

Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const p = parts.slice(0, i).join('/') + '/node_modules';
    paths.push(p);
  }
  paths[paths.length - 1] = '/node_modules';
  return paths;
};

// Extensions tried for an extensionless request: Node's (the enumerable
// keys of Module._extensions: .js, .json, .node and any a program adds),
// then TypeScript's, which handshake also runs.
const tsExtensions = ['.ts', '.cts', '.mts'];

function tryFile(p) {
  return binding.stat(p) === 0 ? binding.realpath(p) : false;
}

function tryExtensions(p) {
  for (const ext of [...Object.keys(Module._extensions), ...tsExtensions]) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return false;
}

const packageCache = new Map();
function readPackage(dir) {
  const jsonPath = path.join(dir, 'package.json');
  if (packageCache.has(jsonPath)) return packageCache.get(jsonPath);
  let result = false;
  if (binding.stat(jsonPath) === 0) {
    const src = binding.readFile(jsonPath);
    try {
      result = JSON.parse(src);
    } catch (e) {
      const err = new Error(`Error parsing ${jsonPath}: ${e.message}`);
      err.path = jsonPath;
      throw err;
    }
  }
  packageCache.set(jsonPath, result);
  return result;
}

// readPackageScope finds the nearest package.json above a file, as Node does
// to decide whether a .js file is CommonJS or ESM.
function readPackageScope(filename) {
  let dir = path.dirname(filename);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return false;
    const pkg = readPackage(dir);
    if (pkg) return { path: dir, data: pkg };
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}
Module._readPackageScope = readPackageScope;

function tryPackage(dir, originalPath) {
  const pkg = readPackage(dir);
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.join(dir, 'index'));
  const filename = path.resolve(dir, main);
  const actual = tryFile(filename) || tryExtensions(filename) || tryExtensions(path.join(filename, 'index'));
  if (actual === false) {
    const found = tryExtensions(path.join(dir, 'index'));
    if (found) return found;
    const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
    err.code = 'MODULE_NOT_FOUND';
    err.path = path.join(dir, 'package.json');
    err.requestPath = originalPath;
    throw err;
  }
  return actual;
}

function resolveAbsolute(p, trailingSlash) {
  if (!trailingSlash) {
    const st = binding.stat(p);
    if (st === 0) return binding.realpath(p);
    const f = tryExtensions(p);
    if (f) return f;
  }
  if (binding.stat(p) === 1) return tryPackage(p, p);
  return false;
}

// ---- package.json "exports" and "imports" --------------------------------
// After Node's packageExportsResolve/packageImportsResolve (lib/internal/
// modules/esm/resolve.js), shared by require (conditions require, node,
// module-sync, default) and the ESM loader (import, node, module-sync,
// default).

function codedPackageError(code, message) {
  const err = new Error(message);
  err.name = `Error [${code}]`;
  err.stack; // goja formats the stack header on first access
  delete err.name;
  err.code = code;
  return err;
}

function resolvePackageTarget(target, rest, conditions) {
  if (typeof target === 'string') return target.replace(/\*/g, rest);
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolvePackageTarget(t, rest, conditions);
      if (r !== undefined && r !== null) return r;
    }
    return undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (conditions.includes(key)) {
        const r = resolvePackageTarget(target[key], rest, conditions);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }
  return null;
}

// matchPackageMap finds key (exact, or the longest "prefix*suffix"
// pattern) in an exports/imports map and resolves its target.
function matchPackageMap(map, key, conditions) {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
    return resolvePackageTarget(map[key], '', conditions);
  }
  let best = null;
  for (const k of Object.keys(map)) {
    const star = k.indexOf('*');
    if (star === -1) continue;
    const pre = k.slice(0, star), post = k.slice(star + 1);
    if (key.startsWith(pre) && key !== pre && key.endsWith(post) && key.length >= k.length) {
      if (!best || pre.length > best.pre.length) best = { k, pre, post };
    }
  }
  if (best) return resolvePackageTarget(map[best.k], key.slice(best.pre.length, key.length - best.post.length), conditions);
  return undefined;
}

// packageExportsResolve maps "." or "./sub" through a package's "exports".
function packageExportsResolve(pkgDir, exp, subpath, conditions, base) {
  if (typeof exp === 'string' || Array.isArray(exp) || (exp && !Object.keys(exp).some((k) => k.startsWith('.')))) {
    exp = { '.': exp };
  }
  const target = matchPackageMap(exp, subpath, conditions);
  if (typeof target !== 'string') {
    const pjson = path.join(pkgDir, 'package.json');
    throw codedPackageError('ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.' ?
      `No "exports" main defined in ${pjson}${base ? ` imported from ${base}` : ''}` :
      `Package subpath '${subpath}' is not defined by "exports" in ${pjson}${base ? ` imported from ${base}` : ''}`);
  }
  return path.resolve(pkgDir, target);
}

// packageImportsResolve maps "#name" through the "imports" of the package
// that contains the importing file.
function packageImportsResolve(request, fromFile, conditions, base) {
  const scope = readPackageScope(fromFile);
  if (scope && scope.data.imports) {
    const target = matchPackageMap(scope.data.imports, request, conditions);
    if (typeof target === 'string') {
      if (target.startsWith('./') || target.startsWith('../') || target.startsWith('/')) return path.resolve(scope.path, target);
      return { bare: target };
    }
  }
  throw codedPackageError('ERR_PACKAGE_IMPORT_NOT_DEFINED',
    `Package import specifier "${request}" is not defined${scope ? ` in package ${path.join(scope.path, 'package.json')}` : ''} imported from ${base || fromFile}`);
}

function splitPackageName(request) {
  const parts = request.split('/');
  const n = request.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, n).join('/');
  const rest = parts.slice(n).join('/');
  return { name, subpath: rest ? './' + rest : '.' };
}

// resolveSelf resolves "name/sub" from inside the package called name
// when its package.json has "exports" (Node's trySelf); false otherwise.
function resolveSelf(request, fromFile, conditions, base) {
  const scope = readPackageScope(fromFile);
  if (!scope || !scope.data.name || scope.data.exports === undefined || scope.data.exports === null) return false;
  const { name, subpath } = splitPackageName(request);
  if (name !== scope.data.name) return false;
  return packageExportsResolve(scope.path, scope.data.exports, subpath, conditions, base);
}

const requireConditions = ['require', 'node', 'module-sync', 'default'];
Module._resolveSelf = resolveSelf;
Module._packageExportsResolve = packageExportsResolve;
Module._packageImportsResolve = packageImportsResolve;
Module._splitPackageName = splitPackageName;

// Resolution hook the node-fetch shim and similar aliases use: a bare name
// that no node_modules provides can fall back to a builtin alias.
Module._fallbacks = Object.create(null);
// 'node-fetch' without a node_modules copy is the built-in fetch
if (builtinSet.has('internal/deps/node-fetch')) Module._fallbacks['node-fetch'] = 'node:internal/deps/node-fetch';

Module._resolveFilename = function (request, parent) {
  if (isBuiltin(request)) return request;
  let paths;
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  if (path.isAbsolute(request)) {
    paths = [''];
  } else if (isRelative) {
    paths = [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
  } else {
    paths = parent && parent.paths && parent.paths.length ? parent.paths : Module._nodeModulePaths(process.cwd());
  }
  const trailingSlash = request.endsWith('/');
  const bare = !isRelative && !path.isAbsolute(request);
  if (bare && request.startsWith('#') && parent && parent.filename) {
    const target = packageImportsResolve(request, parent.filename, requireConditions);
    if (typeof target === 'string') {
      const f = resolveAbsolute(target, false);
      if (f) return f;
    } else {
      return Module._resolveFilename(target.bare, parent);
    }
  }
  if (bare && parent && parent.filename) {
    // a package may import itself by name through its "exports"
    const self = resolveSelf(request, parent.filename, requireConditions);
    if (self) {
      const f = tryFile(self);
      if (f) return f;
    }
  }
  for (const dir of paths) {
    if (bare) {
      // a package whose package.json has "exports" resolves through it only
      const { name, subpath } = splitPackageName(request);
      const pkgDir = path.join(dir, name);
      const pkg = binding.stat(pkgDir) === 1 && readPackage(pkgDir);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        const f = tryFile(packageExportsResolve(pkgDir, pkg.exports, subpath, requireConditions));
        if (f) return f;
        break;
      }
    }
    const p = path.resolve(dir, request);
    const f = resolveAbsolute(p, trailingSlash);
    if (f) return f;
  }
  if (!isRelative && !path.isAbsolute(request) && Module._fallbacks[request]) {
    return Module._fallbacks[request];
  }
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  Object.defineProperty(err, kHeader, { value: 'node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n', enumerable: false });
  throw err;
};

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:') && !isBuiltin(request)) {
    const err = new Error(`No such built-in module: ${request}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const filename = Module._resolveFilename(request, parent);
  if (isBuiltin(filename)) return require(filename.startsWith('node:') ? filename.slice(5) : filename);
  if (filename.startsWith('builtin:')) return require(filename.slice(8));
  // fallbacks for missing packages (node-fetch) are private builtins
  if (filename.startsWith('node:internal/deps/')) return require(filename.slice(5));
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    Module._mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (!Module._extensions[ext]) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') {
    const err = new TypeError(`The "id" argument must be of type string. Received ${id === null ? 'null' : typeof id === 'object' ? 'an instance of ' + (id.constructor && id.constructor.name) : `type ${typeof id} (${String(id)})`}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (id === '') {
    const err = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  return Module._load(id, this, false);
};

// formatOf says how a file is compiled: 'cjs', 'esm', 'json'; TypeScript
// and ESM sources go through the Go transform (esbuild).
function formatOf(filename) {
  const ext = path.extname(filename);
  switch (ext) {
    case '.cjs': return { format: 'cjs', loader: 'js' };
    case '.mjs': return { format: 'esm', loader: 'js' };
    case '.cts': return { format: 'cjs', loader: 'ts' };
    case '.mts': return { format: 'esm', loader: 'ts' };
    case '.ts': {
      const scope = readPackageScope(filename);
      return { format: scope && scope.data.type === 'module' ? 'esm' : 'auto', loader: 'ts' };
    }
    default: {
      // no "type": CommonJS unless it only parses as ESM (Node's detection)
      const scope = readPackageScope(filename);
      const type = scope && scope.data.type;
      return { format: type === 'module' ? 'esm' : type === 'commonjs' ? 'cjs' : 'auto', loader: 'js' };
    }
  }
}
Module._formatOf = formatOf;

// The syntax errors of ES module syntax in a CommonJS file, after which
// Node suggests "type": "module" (once).
const esmSyntaxMessages = [
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
  'await is only valid in async functions and the top level bodies of modules',
];

// emitWarningSync prints a warning now (Node's emitWarningSync): the
// SyntaxError that follows usually ends the process before a nextTick.
function emitWarningSync(message) {
  const warning = require('internal/process/warning');
  if (typeof warning.installListener === 'function') warning.installListener();
  const w = new Error(message);
  w.name = 'Warning';
  process.emit('warning', w);
}

// esm loads internal/modules/esm on first use (plain CommonJS never needs it).
let esmLoader;
function esm() {
  if (esmLoader === undefined) esmLoader = require('internal/modules/esm');
  return esmLoader;
}

Module.prototype._compile = function (content, filename, format) {
  // libraries call module._compile(content, filename): CommonJS source
  if (format === undefined) format = { format: 'cjs', loader: /\.[cm]?ts$/.test(filename) ? 'ts' : 'js' };
  let fn;
  try {
    fn = binding.compile(content, filename, format.format, format.loader);
  } catch (err) {
    if (err instanceof SyntaxError && esmSyntaxMessages.includes(err.message)) {
      emitWarningSync('To load an ES module, set "type": "module" in the package.json or use the .mjs extension.');
    }
    throw err;
  }
  if (fn === null) {
    // ES module syntax in a file without a "type" (Node's syntax detection)
    if (this.id === '.') {
      delete Module._cache[filename];
      process.mainModule = undefined;
      Module._mainModule = undefined;
      return esm().runMainESM(filename);
    }
    this.exports = esm().requireESM(filename, this.parent);
    return;
  }
  const dirname = path.dirname(filename);
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

function stripBOM(s) {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

Module._extensions['.js'] = function (module, filename) {
  const content = binding.readFile(filename);
  const format = formatOf(filename);
  if (format.format === 'esm') {
    // require(esm), as Node 20.19+ does it: synchronous unless the graph
    // has top-level await (ERR_REQUIRE_ASYNC_MODULE)
    module.exports = esm().requireESM(filename, module.parent);
    return;
  }
  module._compile(stripBOM(content), filename, format);
};
// .cjs and .mjs fall back to the '.js' handler (as in Node, which decides
// by file name); the TypeScript ones are handshake's and stay hidden.
for (const ext of tsExtensions) {
  Object.defineProperty(Module._extensions, ext, { value: Module._extensions['.js'], writable: true, configurable: true, enumerable: false });
}
Module._extensions['.json'] = function (module, filename) {
  const content = binding.readFile(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: handshake runs JavaScript only`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

const kAllowESM = Symbol('allowESM');

function makeRequire(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  require.resolve = function resolve(request, options) {
    if (options && options.paths) {
      for (const p of options.paths) {
        const fake = new Module(path.join(p, 'x'));
        fake.filename = path.join(p, 'x');
        fake.paths = Module._nodeModulePaths(p);
        try { return Module._resolveFilename(request, fake); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
      }
    }
    return Module._resolveFilename(request, mod);
  };
  require.resolve.paths = function paths(request) {
    if (isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../')) return [path.dirname(mod.filename || process.cwd())];
    return mod.paths && mod.paths.length ? mod.paths.slice() : Module._nodeModulePaths(process.cwd());
  };
  require.main = Module._mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// runMain loads the entry script. ESM entries (and any entry whose format
// needs the asynchronous path) go through the ESM loader.
Module.runMain = function (main) {
  const filename = Module._resolveFilename(path.resolve(main), null);
  const format = formatOf(filename);
  if (format.format === 'esm') {
    return esm().runMainESM(filename);
  }
  Module._load(filename, null, true);
};

// import() in a CommonJS module esbuild transformed (its wrapper calls
// this through module.constructor).
Module._dynamicImport = function (specifier, filename) {
  return esm().importFromCJS(specifier, filename);
};
Module._allowESM = kAllowESM;
Module._makeRequire = makeRequire;

// The rest of Node's module API surface.
Module._pathCache = Object.create(null);
Module.globalPaths = [];
Module._debug = function _debug() {};
Module._initPaths = function _initPaths() {};
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const r of requests) parent.require(r);
};
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
    return [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
  }
  return parent && parent.paths && parent.paths.length ? parent.paths.slice() : Module._nodeModulePaths(process.cwd());
};
Module._findPath = function _findPath(request, paths) {
  const fake = { filename: null, paths: paths || [] };
  try {
    return Module._resolveFilename(request, path.isAbsolute(request) ? null : fake);
  } catch {
    return false;
  }
};
// Builtin namespaces read the builtin's exports live, so there is nothing
// to synchronise.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.SourceMap = class SourceMap {
  constructor(payload) { this.payload = payload; }
  findEntry() { return {}; }
};
Module.register = function register() {
  const err = new Error('module.register() (ESM loader customization hooks) is not supported by handshake');
  err.code = 'ERR_METHOD_NOT_IMPLEMENTED';
  throw err;
};

// Internals other modules of handshake use stay out of Object.keys, as
// Node's do; so do wrap/wrapper (accessors in Node).
Object.defineProperty(Module, '_mainModule', { value: Module._mainModule, writable: true, configurable: true, enumerable: false });
for (const k of ['_allowESM', '_dynamicImport', '_makeRequire', '_formatOf', '_readPackageScope', '_fallbacks', '_resolveSelf',
  '_packageExportsResolve', '_packageImportsResolve', '_splitPackageName', 'wrap', 'wrapper']) {
  Object.defineProperty(Module, k, { enumerable: false });
}

module.exports = Module;
