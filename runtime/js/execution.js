// Entry points, after Node's lib/internal/process/execution.js and
// lib/internal/main/*: the main script, `-e`/`-p` code (a script in the
// global scope with require, module, exports, __filename and __dirname on
// globalThis), code from stdin, and `-r` preloads.
'use strict';

const Module = require('internal/modules/cjs/loader');
const path = require('path');
const binding = internalBinding('internal/modules');

function preload(requests) {
  if (requests.length === 0) return;
  const parent = new Module('internal/preload');
  parent.filename = path.join(process.cwd(), 'internal/preload');
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const r of requests) Module._load(r, parent, false);
}

function evalScript(code, print, name = '[eval]') {
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const require = Module._makeRequire(module);
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = require;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = binding.runScript(code, name);
  if (print) console.log(result);
}

const entries = {
  runMain(file) { Module.runMain(file); },
  evalScript(code, print) { evalScript(code, print); },
  evalStdin(code) { evalScript(code, false, '[stdin]'); },
};

function run(kind, requests, a, b) {
  preload(requests);
  entries[kind](a, b);
}

module.exports = { run, evalScript };
