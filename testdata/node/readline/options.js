// createInterface arguments: positional and options forms, option
// validation errors, defaults (crlfDelay floor, historySize, tabSize,
// prompt), Object.keys order, Interface called without new, exports of
// readline and readline/promises, question with an AbortSignal, and
// util.promisify(rl.question).
const readline = require('readline');
const readlinePromises = require('readline/promises');
const util = require('util');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

console.log(Object.keys(readline));
console.log(Object.keys(readlinePromises));
console.log(readline.promises === readlinePromises, require('node:readline') === readline);

const make = (...args) => {
  try {
    const rl = readline.createInterface(...args);
    console.log('ok', rl.terminal, rl.crlfDelay, rl.historySize, rl.tabSize, JSON.stringify(rl.getPrompt()), rl.escapeCodeTimeout);
    rl.close();
    return rl;
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
const rl1 = make(new PassThrough());
console.log(Object.keys(rl1));
console.log(rl1 instanceof readline.Interface, rl1 instanceof EventEmitter, rl1.constructor.name, typeof rl1.completer);
make({ input: new PassThrough(), crlfDelay: 5 });
make({ input: new PassThrough(), crlfDelay: 250, historySize: 0, tabSize: 4, prompt: '% ' });
make({ input: new PassThrough(), historySize: -1 });
make({ input: new PassThrough(), historySize: 'x' });
make({ input: new PassThrough(), completer: 'nope' });
make({ input: new PassThrough(), history: 'nope' });
make({ input: new PassThrough(), tabSize: 0 });
make({ input: new PassThrough(), escapeCodeTimeout: Infinity });
make({ input: new PassThrough(), escapeCodeTimeout: 20 });
make(new PassThrough(), null, undefined, true);
make(new PassThrough(), { isTTY: true, write() {}, on() {}, removeListener() {} });

const rl2 = readline.Interface({ input: new PassThrough() });
console.log('without new', rl2 instanceof readline.Interface);
rl2.close();

const rl3 = new readlinePromises.Interface({ input: new PassThrough() });
console.log(rl3 instanceof readline.Interface, Object.getPrototypeOf(readlinePromises.Interface.prototype) === Object.getPrototypeOf(readline.Interface.prototype));
rl3.close();

(async () => {
  // an aborted question: the callback form never answers, the promise
  // form rejects with AbortError
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const ac = new AbortController();
  rl.question('cb? ', { signal: ac.signal }, (a) => console.log('never', a));
  ac.abort();
  rl.on('line', (l) => console.log('line after abort', l));
  input.write('goes to line\n');

  const already = new AbortController();
  already.abort();
  rl.question('already? ', { signal: already.signal }, () => console.log('never'));

  const question = util.promisify(rl.question);
  const p = question.call(rl, 'promisified? ');
  input.write('yes\n');
  console.log('promisified answer', await p);

  const rlp = readlinePromises.createInterface({ input: new PassThrough() });
  const ac2 = new AbortController();
  const pending = rlp.question('p? ', { signal: ac2.signal });
  ac2.abort(new Error('changed my mind'));
  try {
    await pending;
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause && err.cause.message);
  }
  try {
    await rlp.question('x', { signal: already.signal });
  } catch (err) {
    console.log('pre-aborted:', err.name, err.code);
  }
  rlp.close();

  // the signal option closes the interface
  const ac3 = new AbortController();
  const rl4 = readline.createInterface({ input: new PassThrough(), signal: ac3.signal });
  rl4.on('close', () => console.log('closed by signal'));
  ac3.abort();
  rl.close();
})();
