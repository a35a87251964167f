// require.main, module.id, module.parent/children, module.paths.
const path = require('path');
console.log('main is module', require.main === module, module.id, path.basename(module.filename));
const child = require('./fixtures/cjs/main-check');
console.log('child', child);
console.log('children', module.children.map((m) => path.relative(__dirname, m.filename)));
const childMod = module.children[0];
console.log('child parent is main', childMod.parent === module, childMod.loaded, childMod.id === childMod.filename);
console.log('paths[0]', path.relative(__dirname, module.paths[0]), module.paths[module.paths.length - 1]);
console.log('process.mainModule', process.mainModule === module);
console.log('filename', path.relative(process.cwd(), __filename), path.relative(process.cwd(), __dirname) || '.');
console.log('isAbsolute', path.isAbsolute(__filename), path.dirname(__filename) === __dirname);
