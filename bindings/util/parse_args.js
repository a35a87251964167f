'use strict';
// internal/util/parse_args — util.parseArgs, following Node's
// lib/internal/util/parse_args/parse_args.js: arguments become tokens
// (options, positionals, the '--' terminator), strict mode checks them, and
// values/positionals (and optionally the tokens) are returned.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL, ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const own = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
const optionProp = (options, name, prop) => (hasOwn(options, name) ? own(options[name], prop) : undefined);

function checkType(value, name, type) {
  const ok = type === 'Array' ? Array.isArray(value) :
    type === 'Object' ? value !== null && typeof value === 'object' && !Array.isArray(value) : typeof value === type;
  if (!ok) throw new ERR_INVALID_ARG_TYPE(name, type, value);
}

function checkArrayOf(value, name, type) {
  checkType(value, name, 'Array');
  value.forEach((v, i) => checkType(v, `${name}[${i}]`, type));
}

// shortToLong maps a short option letter to its long name (or itself).
function shortToLong(short, options) {
  for (const name of Object.keys(options)) {
    if (own(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isShortCluster = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
const looksLikeOption = (value) => value != null && value.length > 1 && value[0] === '-';

function tokenize(args, options) {
  const tokens = [];
  const queue = args.slice();
  let index = -1;
  let expandedLeft = 0;
  while (queue.length > 0) {
    const arg = queue.shift();
    const next = queue[0];
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShort(arg) || isLoneLong(arg)) {
      const name = isLoneShort(arg) ? shortToLong(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      if (optionProp(options, name, 'type') === 'string' && next != null) {
        value = queue.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortCluster(arg)) {
      const first = shortToLong(arg[1], options);
      if (optionProp(options, first, 'type') === 'string') {
        // -fVALUE
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      // -abc expands to -a -b -c; a string option takes the rest as its value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = shortToLong(arg[i], options);
        if (optionProp(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      queue.unshift(...expanded);
      expandedLeft = expanded.length;
      continue;
    }
    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    if (config.allowNegative && name.startsWith('no-')) {
      name = name.slice(3);
      if (!hasOwn(config.options, name) || optionProp(config.options, name, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionProp(config.options, name, 'short');
  const label = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionProp(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label}' does not take an argument`);
  }
}

function checkAmbiguous(token) {
  if (!token.inlineValue && looksLikeOption(token.value)) {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const v = value ?? true;
  if (optionProp(options, name, 'multiple')) {
    if (values[name]) values[name].push(v);
    else values[name] = [v];
  } else {
    values[name] = v;
  }
}

function parseArgs(config = {}) {
  const args = own(config, 'args') ?? process.argv.slice(2);
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? Object.create(null);

  checkType(args, 'args', 'Array');
  checkType(strict, 'strict', 'boolean');
  checkType(allowPositionals, 'allowPositionals', 'boolean');
  checkType(returnTokens, 'tokens', 'boolean');
  checkType(allowNegative, 'allowNegative', 'boolean');
  checkType(options, 'options', 'Object');
  for (const [name, opt] of Object.entries(options)) {
    checkType(opt, `options.${name}`, 'Object');
    const type = own(opt, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(opt, 'short')) {
      checkType(opt.short, `options.${name}.short`, 'string');
      if (opt.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, opt.short, 'must be a single character');
      }
    }
    const multiple = own(opt, 'multiple');
    if (hasOwn(opt, 'multiple')) checkType(multiple, `options.${name}.multiple`, 'boolean');
    const def = own(opt, 'default');
    if (def !== undefined) {
      if (multiple) checkArrayOf(def, `options.${name}.default`, type);
      else checkType(def, `options.${name}.default`, type);
    }
  }

  const tokens = tokenize(args, options);
  const result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  const checkConfig = { options, allowPositionals, allowNegative };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(checkConfig, token);
        checkAmbiguous(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, opt] of Object.entries(options)) {
    const def = own(opt, 'default');
    if (def !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = def;
    }
  }
  return result;
}

module.exports = { parseArgs };
