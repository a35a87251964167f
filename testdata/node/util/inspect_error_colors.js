// Colored error stacks: core frames dimmed, node_modules names underlined, the working directory dimmed.
const util = require('util');
const cwd = process.cwd();
const e = new Error('c');
e.stack = `Error: c\n    at f (${cwd}/node_modules/y/z.js:1:1)\n    at g (node:fs:1:1)\n    at h (${cwd}/a.js:2:2)\n` +
  `    at file://${cwd}/b.mjs:3:3\n    at k (/elsewhere/node_modules/@s/p/q.js:1:1)\n    at node:events:1:1\n    at l (/x/node_modules/a/node_modules/b/c.js:1:1)`;
e.code = 'E_COLOR';
const show = (s) => console.log(JSON.stringify(s.split(cwd).join('<cwd>')));
show(util.inspect(e, { colors: true }));
show(util.inspect({ nested: e }, { colors: true }));
show(util.inspect(e));
