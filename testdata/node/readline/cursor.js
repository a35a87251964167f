// The ANSI helpers: clearLine, clearScreenDown, cursorTo, moveCursor write
// escape sequences and return write()'s result; with a null stream or
// nothing to do they return true and call back on the next tick; invalid
// arguments throw Node's errors. Also the Readline class of
// readline/promises (queued actions, commit, rollback, autoCommit).
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const chunks = [];
const out = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    chunks.push(JSON.stringify(String(chunk)));
    cb();
  },
});
const flush = (label) => {
  console.log(label.padEnd(22), chunks.join(' '));
  chunks.length = 0;
};

console.log(readline.clearLine(out, -1), readline.clearLine(out, 1), readline.clearLine(out, 0));
flush('clearLine');
console.log(readline.clearScreenDown(out));
flush('clearScreenDown');
console.log(readline.cursorTo(out, 0), readline.cursorTo(out, 4, 2), readline.cursorTo(out, 3, undefined));
flush('cursorTo');
console.log(readline.moveCursor(out, 2, 0), readline.moveCursor(out, -3, -1), readline.moveCursor(out, 0, 5), readline.moveCursor(out, 0, 0));
flush('moveCursor');
console.log(readline.clearLine(null, 0), readline.cursorTo(undefined, 1), readline.moveCursor(null, 1, 1), readline.clearScreenDown(null));
console.log(readline.cursorTo(out, 'a', 'b'));
flush('no-op');

let order = [];
readline.cursorTo(null, 1, () => order.push('cursorTo null cb'));
readline.moveCursor(out, 0, 0, (err) => order.push(`moveCursor noop cb ${err}`));
readline.clearLine(out, 0, (err) => order.push(`clearLine cb ${err}`));
readline.cursorTo(out, 1, (err) => order.push(`cursorTo y-as-cb ${err}`));
order.push('sync');
setImmediate(() => {
  console.log(order.join(', '));
  flush('with callbacks');

  for (const f of [
    () => readline.cursorTo(out, 1, 2, 'nope'),
    () => readline.cursorTo(out, undefined, 2),
    () => readline.cursorTo(out, NaN),
    () => readline.cursorTo(out, 1, NaN),
    () => readline.moveCursor(out, 1, 1, 42),
    () => readline.clearLine(out, 0, {}),
    () => readline.clearScreenDown(out, 'x'),
  ]) {
    try {
      f();
      console.log('no throw');
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  flush('after errors');

  const r = new Readline(out);
  console.log(r.cursorTo(2) === r, r.moveCursor(1, -1) === r, r.clearLine(1) === r, r.clearScreenDown() === r);
  flush('queued, not written');
  r.commit().then(() => {
    flush('committed');
    r.cursorTo(0, 0).clearLine(-1).rollback();
    return r.commit();
  }).then(() => {
    flush('rolled back');
    const auto = new Readline(out, { autoCommit: true });
    auto.cursorTo(5).moveCursor(0, 0).clearLine(0);
    flush('autoCommit (next tick)');
    process.nextTick(() => flush('autoCommit, a tick later'));
    for (const f of [
      () => auto.clearLine(2), () => auto.clearLine('x'), () => auto.clearLine(0.5), () => auto.cursorTo('x'),
      () => auto.cursorTo(NaN), () => auto.cursorTo(1, 'y'), () => auto.moveCursor('a', 1), () => auto.moveCursor(0, 0.5),
      () => new Readline({}),
    ]) {
      try {
        f();
        console.log('no throw');
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
  });
});
