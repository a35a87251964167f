#!/bin/sh
# Regenerates messages.json from Node (v20) itself.
cd "$(dirname "$0")"
node --expose-internals -e "
const src = require('fs').readFileSync('cases.js', 'utf8');
const fn = eval(src);
process.stdout.write(fn(require('internal/errors'), true) + '\n');
" > messages.json
