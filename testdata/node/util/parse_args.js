// util.parseArgs: short/long options, groups, inline values, multiple, defaults, negation, tokens, strict errors.
const { parseArgs, inspect } = require('util');
const opts = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n' },
  tag: { type: 'string', short: 't', multiple: true },
  flag: { type: 'boolean', short: 'f', multiple: true },
  color: { type: 'boolean' },
  level: { type: 'string', default: 'info' },
  list: { type: 'string', multiple: true, default: ['a'] },
};
const run = (label, config) => {
  try {
    const r = parseArgs(config);
    console.log(label, inspect(r, { depth: 4, breakLength: Infinity }));
  } catch (e) {
    console.log(label, 'ERR', e.name, e.code, JSON.stringify(e.message));
  }
};
run('basic', { args: ['-v', '--name', 'bob'], options: opts });
run('inline', { args: ['--name=alice', '-nEve'], options: opts });
run('group', { args: ['-vf', '-ffv'], options: opts });
run('group string last', { args: ['-vn', 'x'], options: opts });
run('group string middle', { args: ['-vnVALUE'], options: opts });
run('multiple', { args: ['-t', 'a', '--tag', 'b', '--tag=c'], options: opts });
run('defaults', { args: [], options: opts });
run('override default', { args: ['--level', 'debug', '--list', 'x'], options: opts });
run('positionals', { args: ['a', '-v', 'b'], options: opts, allowPositionals: true });
run('no positionals', { args: ['a'], options: opts });
run('terminator', { args: ['-v', '--', '-n', 'x'], options: opts, allowPositionals: true, tokens: true });
run('tokens', { args: ['-vn', 'x', '--tag=y', 'pos'], options: opts, allowPositionals: true, tokens: true });
run('unknown long', { args: ['--nope'], options: opts });
run('unknown short', { args: ['-z'], options: opts });
run('unknown allowPositionals', { args: ['-z'], options: opts, allowPositionals: true });
run('missing value', { args: ['--name'], options: opts });
run('missing short value', { args: ['-n'], options: opts });
run('bool with value', { args: ['--verbose=yes'], options: opts });
run('ambiguous', { args: ['--name', '-v'], options: opts });
run('ambiguous short', { args: ['-n', '--verbose'], options: opts });
run('non-strict', { args: ['--unknown', '--x=1', '-abc', 'pos', '--name'], options: opts, strict: false });
run('negative', { args: ['--no-color', '--color', '--no-color'], options: opts, allowNegative: true });
run('negative unknown', { args: ['--no-thing'], options: opts, allowNegative: true });
run('negative string', { args: ['--no-name'], options: opts, allowNegative: true });
run('proto', { args: ['--__proto__', 'x'], options: { __proto__: { type: 'string' } }, strict: false });
run('bad args', { args: 'str' });
run('bad strict', { strict: 'yes' });
run('bad options', { options: [] });
run('bad type', { options: { x: { type: 'number' } } });
run('bad short', { options: { x: { type: 'string', short: 'xy' } } });
run('bad short type', { options: { x: { type: 'string', short: 1 } } });
run('bad multiple', { options: { x: { type: 'string', multiple: 'no' } } });
run('bad default', { options: { x: { type: 'string', default: 1 } } });
run('bad default array', { options: { x: { type: 'boolean', multiple: true, default: [true, 'x'] } } });
run('bad option config', { options: { x: 'string' } });
run('empty', { args: [] });
run('dash', { args: ['-'], allowPositionals: true });
run('process.argv', { options: opts, strict: false });
