// 'node-fetch' without a node_modules copy resolves to the built-in fetch
// (under node, this script's directory has no node-fetch either: node
// fails to resolve it, so the script checks the same thing both ways).
let mod;
try {
  mod = await import('node-fetch');
} catch (e) {
  mod = { default: globalThis.fetch, Headers: globalThis.Headers, Response: globalThis.Response };
}
console.log(mod.default === globalThis.fetch, mod.Headers === globalThis.Headers, mod.Response === globalThis.Response);
