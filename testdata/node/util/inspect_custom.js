// util.inspect.custom: strings, objects, depth and options arguments, nested indentation.
const util = require('util');
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const a = { [util.inspect.custom]() { return 'CUSTOM'; } };
console.log(util.inspect(a), util.inspect([a, a]), util.inspect({ a }));
const b = { [util.inspect.custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(util.inspect(b), util.inspect({ nested: b }));
const c = { [util.inspect.custom](depth, opts, insp) { return `depth=${depth} colors=${opts.colors} same=${insp === util.inspect}`; } };
console.log(util.inspect(c), util.inspect({ x: { y: c } }), util.inspect(c, { depth: 5 }));
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log(util.inspect({ key: { inner: multi } }));
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Money]', 'special');
    return `Money<${inspect(this.v, options)}>`;
  }
}
console.log(util.inspect(new Money(5)), util.inspect({ a: { b: { c: { m: new Money(1) } } } }));
console.log(util.inspect(new Money(5), { customInspect: false }));
const self = { [util.inspect.custom]() { return this; } };
console.log(util.inspect(self));
const styl = { [util.inspect.custom](d, o) { return o.stylize('styled', 'special'); } };
console.log(util.inspect(styl), util.inspect(styl, { colors: true }));
console.log(`${util.format('%s', a)} ${util.format('%O', b)}`);
const userOpt = { [util.inspect.custom](d, o) { return String(o.myOption); } };
console.log(util.inspect(userOpt, { myOption: 'passed' }));
class Proto { [util.inspect.custom]() { return 'instance'; } }
console.log(util.inspect(new Proto()), util.inspect(Proto.prototype));

// Custom inspect on null-prototype objects and proxies gets null-prototype options (Node's cross-context path).

const npc = Object.create(null);
npc[util.inspect.custom] = function (d, opts) { return `proto=${Object.getPrototypeOf(opts)} keys=${Object.keys(opts).length} stylize=${typeof opts.stylize} styled=${opts.stylize('x', 'special')}`; };
console.log(util.inspect(npc), util.inspect(npc, { colors: true }));
const px = new Proxy({ [util.inspect.custom](d, opts) { return `px ${Object.getPrototypeOf(opts) === null}`; } }, {});
console.log(util.inspect(px));
