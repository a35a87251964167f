// path.matchesGlob (experimental in v20: warns once on stderr).
const path = require('path');
const pats = ['*.js', '**/*.js', 'a/**', 'a/*/c', '?.js', '[ab].js', '[!ab].js', '{a,b}.js', 'a/**/c', '**', '*', '.*', 'a/b', 'a/{b,c}/*.{js,ts}', '**/.hidden'];
const paths = ['x.js', 'a/b/c.js', 'a/b/c', 'a/c', 'a.js', 'c.js', '.hidden', 'a/.hidden', 'a/b', 'a', 'a/x/c', 'a/b/x.ts', 'ab.js', ''];
for (const p of pats) console.log(p, paths.map((x) => +path.matchesGlob(x, p)).join(''));
try { path.matchesGlob(1, 'a') } catch (e) { console.log(e.code, e.message) }
