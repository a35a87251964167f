package timers_test

import (
	"testing"

	"handshake/bindings/all/scripttest"
)

// refreshScript checks the Node semantics the prototype-default Timeout
// and the reused loop timers must keep; the expected output is node v20's.
const refreshScript = `
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n, t._destroyed);
  if (n < 3) setTimeout(() => t.refresh(), 5);
}, 5);
const c = setTimeout(() => console.log('never'), 5);
clearTimeout(c);
c.refresh();
console.log(c._idleTimeout, c._destroyed);
const p = setTimeout(() => console.log('never by id'), 5);
clearTimeout(String(+p));
let ticks = 0;
const i = setInterval(() => { if (++ticks === 2) clearInterval(i); }, 3);
process.on('exit', () => console.log('interval ticks', ticks));
const u = setTimeout(() => {}, 10);
u.unref();
console.log(u.hasRef(), u.ref().hasRef());
const s = require('util').inspect(u);
console.log(s.includes('_idlePrev: [TimersList]'), s.includes('[Symbol(refed)]: true'), s.includes('_timerArgs: undefined'));
`

const refreshWant = `-1 true
false true
true true true
fired 1 false
fired 2 false
fired 3 false
interval ticks 2
`

func TestTimeoutSemantics(t *testing.T) { scripttest.Expect(t, refreshScript, refreshWant) }
