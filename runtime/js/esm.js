// ES module loader, after Node's lib/internal/modules/esm/ (loader.js,
// module_job.js, resolve.js, translators.js) and lib/internal/modules/
// run_main.js. The Go side (runtime/transform.go) turns each module into a
// function with two phases (see there); this file resolves specifiers,
// loads the graph, instantiates it (export bindings and namespaces exist
// before anything runs, so cycles work), and evaluates it in Node's order:
// dependencies first, each module once, synchronously unless a module in
// the graph uses top-level await.
'use strict';

const binding = internalBinding('internal/modules/esm');
const fsBinding = internalBinding('internal/modules');
const Module = require('internal/modules/cjs/loader');
const path = require('path');
const { markNamespace } = require('internal/modules/esm/ns');

const records = new Map(); // url -> module record

// ---- URLs -----------------------------------------------------------------

function pathToFileURL(p) {
  let s = encodeURI(p).replace(/[?#]/g, (c) => (c === '?' ? '%3F' : '%23'));
  s = s.replace(/%5B/g, '[').replace(/%5D/g, ']');
  return 'file://' + s;
}

function fileURLToPath(u) {
  let p = u.slice('file://'.length);
  const q = p.search(/[?#]/);
  if (q !== -1) p = p.slice(0, q);
  return decodeURIComponent(p);
}

// ---- errors -----------------------------------------------------------------

function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.name = `${Ctor.name} [${code}]`;
  err.stack; // goja formats the stack header on first access
  delete err.name;
  err.code = code;
  return err;
}

function notFound(what, parentURL, isPackage) {
  const parent = parentURL && parentURL.startsWith('file:') ? fileURLToPath(parentURL) : parentURL;
  const err = codedError(Error, 'ERR_MODULE_NOT_FOUND',
    `Cannot find ${isPackage ? 'package' : 'module'} '${what}' imported from ${parent}`);
  if (!isPackage) err.url = pathToFileURL(what);
  setHeader(err, isPackage ?
    'node:internal/modules/esm/resolve:873\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n' :
    'node:internal/modules/esm/resolve:283\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n');
  return err;
}

// setHeader gives an error the header Node prints above it when uncaught
// (the line in Node's loader that throws it).
const kHeader = Symbol.for('handshake.fatalHeader');
function setHeader(err, header) {
  Object.defineProperty(err, kHeader, { value: header, enumerable: false, configurable: true, writable: true });
}

// ---- resolution (lib/internal/modules/esm/resolve.js) -----------------------

function isRelative(s) {
  return s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../') || s.startsWith('/');
}

// resolve(specifier, parentURL) returns a URL: file:///… or node:…
function resolve(specifier, parentURL) {
  specifier = String(specifier);
  if (specifier.startsWith('node:')) {
    if (!Module.isBuiltin(specifier)) {
      throw codedError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
    }
    return specifier;
  }
  if (Module.isBuiltin(specifier)) return 'node:' + specifier;
  if (specifier.startsWith('data:')) return specifier;
  if (parentURL && parentURL.startsWith('data:') && (isRelative(specifier) || specifier.startsWith('#'))) {
    throw codedError(TypeError, 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
      `Failed to resolve module specifier "${specifier}" from "${parentURL}": Invalid relative URL or base scheme is not hierarchical.`);
  }
  const parentPath = parentURL && parentURL.startsWith('file:') ? fileURLToPath(parentURL) : path.join(process.cwd(), 'x');
  let filename;
  if (specifier.startsWith('file:')) {
    filename = fileURLToPath(specifier);
  } else if (isRelative(specifier)) {
    filename = path.resolve(path.dirname(parentPath), decodeURIComponent(specifier));
    if (specifier.endsWith('/')) filename += '/';
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    throw codedError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
      `Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
  } else if (specifier.startsWith('#')) {
    const target = Module._packageImportsResolve(specifier, parentPath, conditions, parentPath);
    if (typeof target !== 'string') return resolve(target.bare, parentURL);
    filename = target;
  } else {
    const file = packageResolve(specifier, parentPath, parentURL);
    // a builtin fallback (node-fetch without node_modules) is a node: URL
    return file.startsWith('node:') ? file : pathToFileURL(file);
  }
  return pathToFileURL(finalizeFile(filename, parentPath, parentURL));
}

function finalizeFile(filename, parentPath, parentURL) {
  const st = fsBinding.stat(filename);
  if ((st === 1 || filename.endsWith('/')) && !(/\.[cm]?ts$/.test(parentPath) && fsBinding.stat(path.join(filename, 'index.ts')) === 0)) {
    const err = codedError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
      `Directory import '${filename.replace(/\/$/, '')}' is not supported resolving ES modules imported from ${parentPath}`);
    err.url = pathToFileURL(filename);
    throw err;
  }
  if (st !== 0) {
    // TypeScript sources import their siblings as './x.js' or './x'
    // (TypeScript's conventions; Node's resolver knows neither)
    if (/\.[cm]?ts$/.test(parentPath)) {
      const m = /\.([cm]?)js$/.exec(filename);
      const tries = m ? [filename.slice(0, -m[0].length) + '.' + m[1] + 'ts'] :
        ['.ts', '.mts', '.js', '.mjs', '/index.ts', '/index.js'].map((e) => filename + e);
      for (const t of tries) {
        if (fsBinding.stat(t) === 0) return fsBinding.realpath(t);
      }
    }
    throw notFound(filename, parentURL, false);
  }
  return fsBinding.realpath(filename);
}

function readPackageJSON(dir) {
  const file = path.join(dir, 'package.json');
  if (fsBinding.stat(file) !== 0) return null;
  try {
    return JSON.parse(fsBinding.readFile(file));
  } catch (e) {
    throw codedError(Error, 'ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${file}.`);
  }
}

const conditions = ['import', 'node', 'module-sync', 'default'];

function legacyMain(pkgDir, pkg, specifier, parentURL) {
  const tries = [];
  if (pkg && typeof pkg.main === 'string') {
    const m = path.resolve(pkgDir, pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', m + '/index.js', m + '/index.json', m + '/index.node');
  }
  tries.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'), path.join(pkgDir, 'index.node'));
  for (const t of tries) if (fsBinding.stat(t) === 0) return t;
  throw notFound(pkgDir, parentURL, false);
}

function packageResolve(specifier, parentPath, parentURL) {
  const self = Module._resolveSelf(specifier, parentPath, conditions, parentPath);
  if (self) return finalizeFile(self, parentPath, parentURL);
  const { name, subpath } = Module._splitPackageName(specifier);
  let dir = path.dirname(parentPath);
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const pkgDir = path.join(dir, 'node_modules', name);
      if (fsBinding.stat(pkgDir) === 1) {
        const pkg = readPackageJSON(pkgDir);
        let file;
        if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
          file = Module._packageExportsResolve(pkgDir, pkg.exports, subpath, conditions, fileURLToPath(parentURL));
        } else if (subpath === '.') {
          file = legacyMain(pkgDir, pkg, specifier, parentURL);
        } else {
          file = path.join(pkgDir, subpath);
        }
        return finalizeFile(file, parentPath, parentURL);
      }
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (Module._fallbacks[specifier]) return Module._fallbacks[specifier];
  throw notFound(name, parentURL, true);
}

// ---- formats (lib/internal/modules/esm/get_format.js) -------------------------

function scopeType(filename) {
  const scope = Module._readPackageScope(filename);
  return scope && scope.data.type;
}

// formatOf says how a file is loaded: 'module' (with its esbuild loader),
// 'commonjs', 'json' or 'builtin'. Files without a "type" scope are
// detected: ES module syntax makes them modules, as in Node 20.19+.
function formatOf(url) {
  if (url.startsWith('node:')) return { format: 'builtin' };
  if (url.startsWith('data:')) {
    const mime = /^data:([^,;]*)/.exec(url)[1];
    if (mime === 'application/json') return { format: 'json' };
    if (mime === 'text/javascript') return { format: 'module', loader: 'js', force: true };
    throw codedError(TypeError, 'ERR_UNKNOWN_MODULE_FORMAT', `Unknown module format: ${mime} for URL ${url}`);
  }
  const filename = fileURLToPath(url);
  const ext = path.extname(filename);
  switch (ext) {
    case '.mjs': return { format: 'module', loader: 'js', force: true };
    case '.cjs': return { format: 'commonjs' };
    case '.json': return { format: 'json' };
    case '.mts': return { format: 'module', loader: 'ts', force: true };
    case '.cts': return { format: 'commonjs' };
    case '.ts': {
      const type = scopeType(filename);
      if (type === 'module') return { format: 'module', loader: 'ts', force: true };
      return { format: 'detect', loader: 'ts' };
    }
    case '.js': case '': {
      const type = scopeType(filename);
      if (type === 'module') return { format: 'module', loader: 'js', force: true };
      if (type === 'commonjs') return { format: 'commonjs' };
      return { format: 'detect', loader: 'js' };
    }
    case '.node':
      return { format: 'commonjs' };
  }
  throw codedError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension "${ext}" for ${filename}`);
}

// warnTypeless is Node's warning for a module detected as ESM inside a
// package whose package.json has no "type" (once per package.json).
const warnedPackages = new Set();
let requiring = false; // require(esm) loads do not warn
function warnTypeless(url, filename) {
  const scope = Module._readPackageScope(filename);
  if (!scope || scope.data.type !== undefined) return;
  const pjson = path.join(scope.path, 'package.json');
  if (warnedPackages.has(pjson)) return;
  warnedPackages.add(pjson);
  process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${pjson}.`, { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// ---- namespaces -----------------------------------------------------------------

// makeNamespace builds a module namespace object: null prototype, sorted
// export names as enumerable accessors reading the live binding,
// Symbol.toStringTag 'Module', not extensible.
function makeNamespace(names, get) {
  const ns = Object.create(null);
  for (const name of Array.from(new Set(names)).sort()) {
    Object.defineProperty(ns, name, { get: () => get(name), set: undefined, enumerable: true, configurable: false });
  }
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(ns);
  markNamespace(ns);
  return ns;
}

// ---- records -----------------------------------------------------------------

// A record is one module of the graph: kind 'esm' | 'cjs' | 'builtin' | 'json'.
function newRecord(url, kind, filename) {
  return {
    url, kind, filename,
    status: 'new', // new → linked → evaluating → evaluated | errored
    deps: [], requests: [], star: [], depBySpec: new Map(),
    async: false, fn: null, gen: null, module: null, meta: null,
    namespace: null, values: null, error: undefined, promise: undefined,
  };
}

// load returns the record for url with its static dependencies loaded.
function load(url) {
  let rec = records.get(url);
  if (rec) return rec;
  const f = formatOf(url);
  if (f.format === 'builtin') {
    rec = newRecord(url, 'builtin', null);
    records.set(url, rec);
    return rec;
  }
  if (url.startsWith('data:')) return loadDataURL(url, f);
  const filename = fileURLToPath(url);
  if (f.format === 'json' || f.format === 'commonjs') {
    rec = newRecord(url, f.format === 'json' ? 'json' : 'cjs', filename);
    records.set(url, rec);
    return rec;
  }
  const source = fsBinding.readFile(filename);
  if (f.format === 'detect' && !(f.loader === 'ts' || binding.isESM(source, filename))) {
    rec = newRecord(url, 'cjs', filename);
    records.set(url, rec);
    return rec;
  }
  const compiled = binding.compile(stripBOM(source), filename, url, f.loader, !!f.force);
  if (compiled === null) {
    rec = newRecord(url, 'cjs', filename);
    records.set(url, rec);
    return rec;
  }
  if (f.format === 'detect' && f.loader === 'js' && !requiring) warnTypeless(url, filename);
  return fromCompiled(url, filename, source, compiled);
}

// loadDataURL loads a data: URL module (text/javascript or JSON).
function loadDataURL(url, f) {
  const m = /^data:[^,]*?(;base64)?,/.exec(url);
  const body = url.slice(m[0].length);
  const source = m[1] ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
  if (f.format === 'json') {
    const rec = newRecord(url, 'json', null);
    rec.source = source;
    records.set(url, rec);
    return rec;
  }
  return fromCompiled(url, url, source, binding.compile(source, url, url, 'js', true));
}

// fromCompiled makes the record of a compiled ES module and loads its
// dependencies.
function fromCompiled(url, filename, source, compiled) {
  const rec = newRecord(url, 'esm', filename);
  rec.fn = compiled.fn;
  rec.async = compiled.async;
  rec.exportNames = compiled.exports;
  rec.imported = compiled.imported;
  rec.source = source;
  rec.requests = compiled.requests;
  rec.star = compiled.star;
  records.set(url, rec);
  try {
    for (const spec of rec.requests) {
      const depURL = resolve(spec, url);
      if (depURL.endsWith('.json')) checkJSONAttribute(source, spec, depURL);
      const dep = load(depURL);
      rec.deps.push(dep);
      rec.depBySpec.set(spec, dep);
    }
  } catch (err) {
    records.delete(url);
    throw err;
  }
  return rec;
}

// checkJSONAttribute: a static import of JSON needs with { type: 'json' }
// (esbuild's output no longer shows it, so the source is read).
function checkJSONAttribute(source, spec, url) {
  const quoted = spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(['"])${quoted}\\1\\s*(?:with|assert)\\s*\\{\\s*type\\s*:\\s*(['"])json\\2\\s*,?\\s*\\}`);
  if (re.test(source)) return;
  const err = codedError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING', `Module "${url}" needs an import attribute of type "json"`);
  setHeader(err, 'node:internal/modules/esm/assert:89\n        throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);\n              ^\n');
  throw err;
}

function stripBOM(s) {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

// ---- instantiation -----------------------------------------------------------

function instantiate(rec) {
  if (rec.status !== 'new') return;
  rec.status = 'linking';
  try {
    for (const dep of rec.deps) instantiate(dep);
    switch (rec.kind) {
      case 'esm': instantiateESM(rec); break;
      case 'cjs': instantiateCJS(rec); break;
      case 'json': rec.namespace = makeNamespace(['default'], () => rec.values); break;
      case 'builtin': instantiateBuiltin(rec); break;
    }
  } catch (err) {
    // a link error (a missing export) is thrown again by the next import
    rec.status = 'new';
    throw err;
  }
  rec.status = 'linked';
}

// checkImports is Node's link-time check that every imported name exists.
function checkImports(rec) {
  rec.deps.forEach((dep, i) => {
    const names = rec.imported[i];
    if (!names || names.length === 0 || !dep.namespace) return;
    for (const name of names) {
      if (name in dep.namespace) continue;
      throw missingExport(rec, rec.requests[i], dep, name);
    }
  });
}

function missingExport(rec, spec, dep, name) {
  const site = importSite(rec.source, spec, name);
  let msg;
  if (dep.kind === 'cjs') {
    msg = `Named export '${name}' not found. The requested module '${spec}' is a CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '${spec}';\n`;
    // Node rebuilds the destructuring from the one source line it shows
    const oneLine = site && /{.*}/.exec(site.text);
    if (oneLine) msg += `const ${oneLine[0].replace(/\s+as\s+/g, ': ')} = pkg;\n`;
  } else {
    msg = `The requested module '${spec}' does not provide an export named '${name}'`;
  }
  const err = new SyntaxError(msg);
  if (site) setHeader(err, `${rec.url}:${site.line}\n${site.text}\n${' '.repeat(site.col)}${'^'.repeat(site.len)}`);
  return err;
}

// importSite finds where the import of name from spec is written.
function importSite(source, spec, name) {
  const quoted = spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`import\\s*([^;]*?)\\s*from\\s*(['"])${quoted}\\2`, 'g');
  let m;
  while ((m = re.exec(source)) !== null) {
    const clause = m[1];
    const clauseStart = m.index + m[0].indexOf(clause);
    const open = clause.indexOf('{');
    let at = -1, len = name.length;
    if (name === 'default' && open !== 0) {
      const d = /^(?:type\s+)?([A-Za-z_$][\w$]*)/.exec(clause);
      if (d) { at = clause.indexOf(d[1]); len = d[1].length; }
    }
    if (at === -1 && open !== -1) {
      const n = new RegExp(`[{,\\s]${name.replace(/\$/g, '\\$')}(?![\\w$])`).exec(clause.slice(open));
      if (n) at = open + n.index + 1;
    }
    if (at === -1) continue;
    const offset = clauseStart + at;
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEnd = source.indexOf('\n', offset);
    return { line, col: offset - lineStart, len, text: source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd) };
  }
  return null;
}

function instantiateESM(rec) {
  checkImports(rec);
  const module = { exports: {} };
  rec.module = module;
  rec.meta = makeMeta(rec);
  rec.link = (spec) => linkOrImport(rec, spec);
  let names;
  const getters = new Map();
  if (rec.async) {
    // runs in one go when evaluated; its names are known from the compile
    names = rec.exportNames;
    const own = { get(n) { return module.exports[n]; } };
    for (const n of names) getters.set(n, own);
  } else {
    rec.gen = rec.fn.call(undefined, rec.link, module, rec.meta);
    rec.gen.next();
    const own = module.exports;
    names = Object.keys(own);
    for (const n of names) getters.set(n, own);
  }
  // export * from …: the dependency's names, except default and names
  // already exported (ambiguous names are left out, as Node does)
  const ambiguous = new Set();
  rec.deps.forEach((dep, i) => {
    if (!rec.star[i] || !dep.namespace) return;
    for (const n of Object.keys(dep.namespace)) {
      if (n === 'default' || names.includes(n)) continue;
      const prev = getters.get(n);
      if (prev !== undefined && prev !== dep.namespace) ambiguous.add(n);
      else getters.set(n, dep.namespace);
    }
  });
  for (const n of ambiguous) getters.delete(n);
  rec.namespace = makeNamespace(Array.from(getters.keys()), (n) => {
    const g = getters.get(n);
    return typeof g.get === 'function' && !isNamespace(g) ? g.get(n) : g[n];
  });
}

function isNamespace(v) {
  return Object.prototype.toString.call(v) === '[object Module]';
}

function instantiateCJS(rec) {
  const names = new Set();
  collectCJSNames(rec.filename, names, new Set());
  names.delete('default');
  rec.cjsNames = Array.from(names);
  // named exports are a snapshot taken after evaluation, default is
  // module.exports itself
  rec.namespace = makeNamespace(['default', ...rec.cjsNames], (n) => {
    if (rec.values === null) return undefined;
    return n === 'default' ? rec.values : rec.snapshot[n];
  });
}

function collectCJSNames(filename, names, seen) {
  if (seen.has(filename) || !/\.(c?js|cts|ts)$/.test(filename)) return;
  seen.add(filename);
  let source;
  try {
    source = fsBinding.readFile(filename);
  } catch {
    return;
  }
  const found = binding.cjsExports(source);
  for (const n of found.exports) names.add(n);
  for (const spec of found.reexports) {
    try {
      const fake = { filename, paths: Module._nodeModulePaths(path.dirname(filename)) };
      const f = Module._resolveFilename(spec, fake);
      if (!Module.isBuiltin(f)) collectCJSNames(f, names, seen);
    } catch {}
  }
}

function instantiateBuiltin(rec) {
  const id = rec.url.slice(5);
  const exports = require(id);
  const names = Object.keys(exports).filter((n) => n !== 'default');
  rec.values = exports;
  rec.namespace = makeNamespace(['default', ...names], (n) => (n === 'default' ? exports : exports[n]));
}

function makeMeta(rec) {
  const meta = Object.create(null);
  if (rec.url.startsWith('file:')) {
    meta.dirname = path.dirname(rec.filename);
    meta.filename = rec.filename;
  }
  meta.resolve = function resolve(specifier) {
    return resolveForMeta(specifier, rec.url);
  };
  meta.url = rec.url;
  return meta;
}

// resolveForMeta is import.meta.resolve: like import's resolution, except
// that a file that does not exist (or is a directory) still resolves to its
// URL and node: names are not checked.
function resolveForMeta(specifier, parentURL) {
  specifier = String(specifier);
  if (specifier.startsWith('node:')) return specifier;
  try {
    return resolve(specifier, parentURL);
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && err.url) return err.url;
    throw err;
  }
}

// ---- evaluation (module_job.js, the spec's InnerModuleEvaluation) ----------

// evaluate runs rec's graph: undefined when it finished synchronously, a
// promise when a module in it awaits at top level.
function evaluate(rec) {
  switch (rec.status) {
    case 'evaluated': return rec.promise;
    case 'errored': throw rec.error;
    case 'evaluating': return rec.promise; // a cycle, or an async module under way
  }
  rec.status = 'evaluating';
  const waits = [];
  try {
    for (const dep of rec.deps) {
      const p = evaluate(dep);
      if (p) waits.push(p);
    }
    if (waits.length === 0 && !rec.async) {
      run(rec);
      rec.status = 'evaluated';
      return undefined;
    }
  } catch (err) {
    rec.status = 'errored';
    rec.error = err;
    throw err;
  }
  // an async module with nothing to wait for starts now, synchronously
  const started = waits.length === 0 ? runAsync(rec) : Promise.all(waits).then(() => runAsync(rec));
  rec.promise = Promise.resolve(started).then(() => {
    rec.status = 'evaluated';
  }, (err) => {
    rec.status = 'errored';
    rec.error = err;
    throw err;
  });
  return rec.promise;
}

// decorate rewords "require is not defined" (and module, exports,
// __filename, __dirname) for an ES module, as Node's module job does.
const cjsGlobals = { __hs_require: 'require', __hs_esm_module: 'module', __hs_esm_exports: 'exports', __filename: '__filename', __dirname: '__dirname' };
function decorate(err, rec) {
  if (!(err instanceof ReferenceError)) return err;
  const m = /^([\w$]+) is not defined$/.exec(err.message);
  if (!m || !cjsGlobals[m[1]]) return err;
  const name = cjsGlobals[m[1]];
  let msg = `${name} is not defined in ES module scope`;
  if (name === 'require') msg += ', you can use import instead';
  if (rec.url.startsWith('file:') && rec.filename.endsWith('.js')) {
    const scope = Module._readPackageScope(rec.filename);
    if (scope && scope.data.type === 'module') {
      msg += `\nThis file is being treated as an ES module because it has a '.js' file extension and '${path.join(scope.path, 'package.json')}' contains "type": "module". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.`;
    }
  }
  const stack = typeof err.stack === 'string' ? err.stack : '';
  err.message = msg;
  const nl = stack.indexOf('\n');
  Object.defineProperty(err, 'stack', { value: `ReferenceError: ${msg}` + (nl === -1 ? '' : stack.slice(nl)), writable: true, configurable: true, enumerable: false });
  return err;
}

function run(rec) {
  switch (rec.kind) {
    case 'esm':
      try {
        rec.gen.next();
      } catch (err) {
        throw decorate(err, rec);
      }
      break;
    case 'cjs': {
      const exports = Module._load(rec.filename, undefined, false);
      rec.values = exports;
      rec.snapshot = Object.create(null);
      for (const n of rec.cjsNames) {
        if (exports !== null && (typeof exports === 'object' || typeof exports === 'function') &&
            Object.prototype.hasOwnProperty.call(exports, n)) {
          rec.snapshot[n] = exports[n];
        }
      }
      break;
    }
    case 'json':
      rec.values = JSON.parse(stripBOM(rec.source !== undefined ? rec.source : fsBinding.readFile(rec.filename)));
      break;
  }
}

function runAsync(rec) {
  if (rec.kind === 'esm' && rec.async) {
    return rec.fn.call(undefined, rec.link, rec.module, rec.meta).catch((err) => {
      throw decorate(err, rec);
    });
  }
  run(rec);
  return undefined;
}

// linkOrImport is the require the module functions see: a static import's
// namespace, or for a dynamic import() a promise of one.
function linkOrImport(rec, spec) {
  const dep = rec.depBySpec.get(spec);
  if (dep !== undefined && (dep.status === 'evaluated' || dep.status === 'evaluating')) return dep.namespace;
  return importModule(spec, rec.url);
}

// importModule is import(): a promise of the namespace.
function importModule(specifier, parentURL) {
  return new Promise((settle) => {
    const rec = load(resolve(specifier, parentURL));
    instantiate(rec);
    const p = evaluate(rec);
    settle(p ? p.then(() => rec.namespace) : rec.namespace);
  });
}

// importFromCJS is import() in a CommonJS module.
function importFromCJS(specifier, filename) {
  return importModule(specifier, pathToFileURL(filename || path.join(process.cwd(), 'x')));
}

// ---- require(esm) (Node 20.19+) ------------------------------------------------

function hasAsync(rec, seen = new Set()) {
  if (seen.has(rec)) return false;
  seen.add(rec);
  if (rec.async) return true;
  return rec.deps.some((d) => hasAsync(d, seen));
}

// requireESM loads an ES module for require(): synchronously, or
// ERR_REQUIRE_ASYNC_MODULE when its graph has top-level await.
function requireESM(filename, parent) {
  const url = pathToFileURL(filename);
  let rec;
  requiring = true;
  try {
    rec = load(url);
  } finally {
    requiring = false;
  }
  if (rec.kind !== 'esm') return Module._load(filename, parent, false);
  instantiate(rec);
  if (rec.status !== 'evaluated' && hasAsync(rec)) {
    let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
    if (parent && parent.filename) msg += `\n  From ${parent.filename} `;
    msg += `\n  Requiring ${filename} `;
    throw codedError(Error, 'ERR_REQUIRE_ASYNC_MODULE', msg);
  }
  evaluate(rec);
  const ns = rec.namespace;
  if (!('default' in ns) || '__esModule' in ns) return ns;
  if (!rec.facade) {
    rec.facade = makeNamespace(['__esModule', ...Object.keys(ns)], (n) => (n === '__esModule' ? true : ns[n]));
  }
  return rec.facade;
}

// ---- entry point (run_main.js) ------------------------------------------------

// runMainESM runs the entry module the way Node's ESM loader does: later,
// from the poll phase, inside a promise job (so promise callbacks queued by
// the body run before process.nextTick ones). A failure is reported as
// Node's triggerUncaughtException(err, fromPromise) reports it.
function runMainESM(filename) {
  runEntry(() => load(pathToFileURL(filename)), filename);
}

// evalESM runs `-e` code with ES module syntax as the module [eval1].
function evalESM(source, name) {
  const filename = path.join(process.cwd(), name);
  const url = pathToFileURL(filename);
  runEntry(() => fromCompiled(url, filename, source, binding.compile(source, filename, url, 'js', true)), filename);
}

function runEntry(getRecord, filename) {
  let pending = true;
  const onExit = () => {
    if (pending && process.exitCode === undefined) process.exitCode = 13; // Node: exitCode ??= 13
  };
  process.on('exit', onExit);
  binding.post(() => {
    Promise.resolve().then(() => {
      const rec = getRecord();
      if (rec.kind === 'cjs') {
        pending = false;
        Module._load(filename, null, true);
        return;
      }
      instantiate(rec);
      const p = evaluate(rec);
      if (!p) {
        pending = false;
        process.removeListener('exit', onExit);
        return;
      }
      return p.then(() => {
        pending = false;
        process.removeListener('exit', onExit);
      });
    }).catch((err) => {
      pending = false;
      process.removeListener('exit', onExit);
      binding.triggerUncaught(err);
    });
  });
}

module.exports = {
  runMainESM,
  evalESM,
  requireESM,
  importFromCJS,
  importModule,
  resolve,
  pathToFileURL,
  fileURLToPath,
};
