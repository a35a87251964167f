package stream_test

import (
	"testing"

	"handshake/bindings/all/scripttest"
)

// listenersScript checks what pipe() and removeListener leave observable
// while their fast paths skip Node's intermediate calls: the listeners
// pipe adds (names, once wrappers, order of eventNames), what unpipe and
// the end of the source remove, pause/drain under backpressure, removal
// from the middle of a listener array and the 'removeListener' event. The
// expected output is node v20's.
const listenersScript = `const { PassThrough, Writable, Readable } = require('stream');
const EE = require('events');
const show = (s) => [s.eventNames().join(','), ...s.eventNames().map((n) => n + ':' + s.rawListeners(n).map((f) => f.name + (f.listener ? '(' + f.listener.name + ')' : '')).join('|'))].join(' ');
const a = new PassThrough(), b = new PassThrough();
a.pipe(b);
console.log('a', show(a));
console.log('b', show(b));
a.unpipe(b);
console.log('a', show(a));
console.log('b', show(b));
const c = new PassThrough(), d = new PassThrough();
c.pipe(d, { end: false });
console.log('c', show(c));
c.end('x');
d.on('data', (x) => console.log('d data', String(x)));
setImmediate(() => {
  console.log('c after end', show(c), 'd', show(d), d.writableEnded);
  // backpressure: a slow writable with highWaterMark 1
  const out = [];
  let cbs = [];
  const w = new Writable({ highWaterMark: 1, write(chunk, enc, cb) { out.push(String(chunk)); cbs.push(cb); } });
  const r = new Readable({ read() {} });
  r.pipe(w);
  r.push('1'); r.push('2'); r.push('3'); r.push(null);
  setImmediate(() => {
    console.log('paused', r.isPaused(), 'w', show(w), out.join(''));
    const flush = () => { const c = cbs; cbs = []; c.forEach((f) => f()); if (!w.writableFinished) setImmediate(flush); };
    flush();
    w.on('finish', () => console.log('finish', out.join(''), 'w', show(w), 'r', show(r)));
  });
  // removeListener from the middle of an array, and the 'removeListener' event
  const e = new EE();
  const f1 = () => {}, f2 = () => {}, f3 = () => {};
  e.on('removeListener', (n, f) => console.log('removed', n, f.name));
  e.on('x', f1); e.on('x', f2); e.on('x', f3); e.once('x', f2);
  e.removeListener('x', f2);
  console.log(e.listeners('x').map((f) => f.name).join(','), e.listenerCount('x'), e.listenerCount('x', f2));
  e.removeListener('x', f2); e.removeListener('x', f1);
  console.log(e.listeners('x').map((f) => f.name).join(','), typeof e._events.x, e.eventNames().join(','));
  e.off('x', f3);
  console.log(e.eventNames().join(','));
  try { e.removeListener('x', 1); } catch (err) { console.log(err.code, err.message); }
  const p = new PassThrough();
  p.on('data', f1); p.on('data', f2);
  p.removeListener('data', f1);
  console.log('flowing', p.readableFlowing, p.listenerCount('data'));
  p.removeListener('data', f2);
  console.log('data listeners', p.listenerCount('data'), show(p));
});
`

const listenersWant = `a prefinish,data,end prefinish:prefinish data:ondata end:bound onceWrapper(onend)
b close,error,prefinish,finish,unpipe close:bound onceWrapper(onclose) error:onerror prefinish:prefinish finish:bound onceWrapper(onfinish) unpipe:onunpipe
a prefinish prefinish:prefinish
b prefinish prefinish:prefinish
c prefinish,data,end prefinish:prefinish data:ondata end:bound onceWrapper(unpipe)
d data x
c after end prefinish prefinish:prefinish d prefinish,data prefinish:prefinish data: false
removed x f2
f1,f2,f3 3 1
removed x f2
removed x f1
f3 function removeListener,x
removed x f3
removeListener
ERR_INVALID_ARG_TYPE The "listener" argument must be of type function. Received type number (1)
flowing true 1
data listeners 0 prefinish prefinish:prefinish
paused true w close,error,finish,drain,unpipe close:bound onceWrapper(onclose) error:onerror finish:bound onceWrapper(onfinish) drain:pipeOnDrainFunctionResult unpipe:onunpipe 1
finish 123 w finish finish: r 
`

func TestPipeListeners(t *testing.T) { scripttest.Expect(t, listenersScript, listenersWant) }

// endedScript checks the order of 'resume', 'data', 'end' and 'close' of
// streams that ended before resume() (read's and resume_'s shortcuts for
// an ended, drained stream), also when a 'resume' listener unshifts data,
// queues a tick or pauses. The expected output is node v20's.
const endedScript = `const { Readable } = require('stream');
const log = [];
const a = new Readable({ read() {} });
a.push(null);
a.on('resume', () => log.push('a resume'));
a.on('end', () => log.push('a end'));
a.on('close', () => log.push('a close'));
a.resume();
const b = new Readable({ read() {} });
b.push(null);
b.on('resume', () => { log.push('b resume'); b.unshift('late'); process.nextTick(() => log.push('b tick')); });
b.on('data', (d) => log.push('b data ' + d));
b.on('end', () => log.push('b end'));
const c = new Readable({ read() {} });
c.push('x');
c.push(null);
c.on('data', (d) => log.push('c data ' + d));
c.on('end', () => log.push('c end ' + c.readableFlowing));
const d = new Readable({ read() {} });
d.push(null);
d.on('resume', () => { log.push('d resume'); d.pause(); });
d.on('end', () => log.push('d end'));
d.resume();
setTimeout(() => { log.push('d ended ' + d.readableEnded); d.resume(); }, 5);
setTimeout(() => console.log(log.join('\n')), 20);
`

const endedWant = `a resume
b resume
b data late
c data x
d resume
a end
b end
b tick
c end true
d end
a close
d ended true
d resume
`

func TestResumeEnded(t *testing.T) { scripttest.Expect(t, endedScript, endedWant) }

// eventNamesScript checks eventNames() on streams, whose _events start
// with empty slots (shape mode) that removals leave empty again, also after
// removeAllListeners(type) ends shape mode. The expected output is node
// v20's.
const eventNamesScript = `const { Readable, Duplex } = require('stream');
const f = () => {};
let r = new Readable({ read() {} });
console.log(Object.keys(r._events));
r.on('end', f); r.on('foo', f); r.on('close', f);
r.removeAllListeners('close');
console.log(r.eventNames(), Object.keys(r._events));
r.on('data', f);
console.log(r.eventNames(), Object.keys(r._events));
r.removeListener('data', f);
console.log(r.eventNames(), Object.keys(r._events));
const EE = require('events');
r = new Readable({ read() {} });
r.on('data', f); r.on('foo', f); r.removeListener('data', f);
console.log(1, r.eventNames(), r._eventsCount);
r.removeAllListeners('foo');
console.log(2, r.eventNames(), r._eventsCount);
r.on('error', f); r.on('bar', f);
console.log(3, r.eventNames());
r.removeAllListeners();
console.log(4, r.eventNames(), Object.keys(r._events));
r.on('end', f); r.on('close', f);
console.log(5, r.eventNames(), Object.keys(r._events));
const d = new Duplex(); d.on('x', f); d.removeAllListeners('x'); d.on('drain', f);
console.log(6, d.eventNames(), Object.keys(d._events));
const e = new EE(); e.on('a', f); e.on('b', f); e.removeListener('a', f);
console.log(7, e.eventNames());
`

const eventNamesWant = `[ 'close', 'error', 'data', 'end', 'readable' ]
[ 'end', 'foo' ] [ 'error', 'data', 'end', 'readable', 'foo' ]
[ 'data', 'end', 'foo' ] [ 'error', 'data', 'end', 'readable', 'foo' ]
[ 'end', 'foo' ] [ 'error', 'end', 'readable', 'foo' ]
1 [ 'foo' ] 1
2 [] 0
3 [ 'error', 'bar' ]
4 [] []
5 [ 'end', 'close' ] [ 'end', 'close' ]
6 [ 'drain' ] [ 'drain' ]
7 [ 'b' ]
`

func TestEventNames(t *testing.T) { scripttest.Expect(t, eventNamesScript, eventNamesWant) }
