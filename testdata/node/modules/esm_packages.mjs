// Bare specifiers from ESM: node_modules lookup, package.json "exports"
// with the import condition and subpaths, "main" fallback, scoped names.
import pkgDefault, { kind } from './fixtures/nm/node_modules/pkg-exports/dist/main.mjs';
import { viaPackage } from './fixtures/nm/a/b/esm-importer.mjs';
console.log(pkgDefault, kind);
console.log(viaPackage);
