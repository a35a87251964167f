package net_test

import (
	"testing"

	"handshake/bindings/all/scripttest"
)

// socketEventsScript checks what a net.Socket's _events shows through the
// API while Duplex makes its shape-mode slots only as events first get
// listeners: eventNames lists the stream's slots first in Node's order
// (close, error, prefinish, finish, drain, data, end, readable), then the
// others in the order they were added, after removals (which leave a slot)
// and re-adds; removeAllListeners empties it; and, as Node 20, no
// 'removeListener' event is emitted for an emitter in shape mode (a stream)
// or one left without listeners, only for a deleted key. The expected
// output is node v20's.
const socketEventsScript = `const net = require('net');
const EE = require('events');
const f = () => {};
const s = new net.Socket();
s.on('foo', f); s.on('data', f); s.on('close', f); s.on('readable', f); s.on('bar', f); s.on('error', f);
console.log(1, s.eventNames());
s.removeListener('close', f); s.removeListener('foo', f);
console.log(2, s.eventNames(), s._eventsCount);
s.on('close', f); s.on('foo', f); s.on('prefinish', f);
console.log(3, s.eventNames());
s.on('removeListener', (t) => { if (t !== 'removeListener') console.log('removed', t); });
s.removeAllListeners();
console.log(4, s.eventNames(), Object.keys(s._events));
s.on('drain', f); s.on('end', f);
console.log(5, s.eventNames(), s.listenerCount('end'), s.listenerCount('drain'));
const e = new EE(); e.on('a', f); e.on('b', f); e.on('removeListener', (t) => console.log('rm', t));
e.removeListener('a', f); e.removeAllListeners();
console.log(6, e.eventNames());
const srv = net.createServer((c) => {
  console.log(7, c.eventNames().filter((n) => n !== 'connection'));
  c.end(); srv.close();
}).listen(0, () => net.connect(srv.address().port).on('data', f).on('end', function () { console.log(8, this.eventNames()); }));
`

const socketEventsWant = `1 [ 'close', 'error', 'data', 'end', 'readable', 'foo', 'bar' ]
2 [ 'error', 'data', 'end', 'readable', 'bar' ] 5
3 [
  'close',     'error',
  'prefinish', 'data',
  'end',       'readable',
  'foo',       'bar'
]
4 [] []
5 [ 'drain', 'end' ] 1 1
rm a
rm b
6 []
7 [ 'end' ]
8 [ 'data', 'end' ]
`

func TestSocketEventNames(t *testing.T) { scripttest.Expect(t, socketEventsScript, socketEventsWant) }

// socketWritesScript checks the write callbacks of a socket, whose
// Writable state shares one onwrite (stream/utils.js's kSocketOnwrite)
// with every socket while its _write/_writev are net's: a write made while
// connecting, one completed at once, corked writes (one writev), a write
// through a script's own _write on the instance (it gets a callable
// callback), end's, and a write after destroy. The expected output is
// node v20's.
const socketWritesScript = `const net = require('net');
const srv = net.createServer((c) => {
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => { console.log('server got', JSON.stringify(got)); c.end(); srv.close(); });
}).listen(0, () => {
  const s = net.connect(srv.address().port);
  s.write('a', () => console.log('cb a', s.connecting));
  s.once('connect', () => {
    s.write('b', () => console.log('cb b'));
    s.cork(); s.write('c'); s.write('d', () => console.log('cb d')); s.uncork();
    console.log('onwrite', s._writableState.onwrite, s._writableState.onwrite.length);
    const orig = s._write;
    s._write = function (chunk, enc, cb) { console.log('own _write', String(chunk)); orig.call(this, chunk, enc, cb); };
    s.write('e', () => {
      console.log('cb e');
      s._write = orig;
      s.end('f', () => console.log('cb f'));
    });
  });
  s.on('close', () => {
    const t = new net.Socket();
    t.destroy();
    t.write('x', (err) => console.log('after destroy', err && err.code));
    t.on('error', (err) => console.log('error', err.code));
  });
});
`

const socketWritesWant = `cb a false
onwrite [Function: bound onwrite] 1
own _write e
cb b
cb d
cb e
cb f
server got "abcdef"
after destroy ERR_STREAM_DESTROYED
`

func TestSocketWriteCallbacks(t *testing.T) {
	scripttest.Expect(t, socketWritesScript, socketWritesWant)
}

// leanSocketScript checks the values a socket reads where its own
// properties are fewer than Node's (allowHalfOpen and _maxListeners stay
// the prototype's, server reads _server until given another value):
// server/_server on both sides, a reassigned server, allowHalfOpen given
// and set, and setMaxListeners. The expected output is node v20's.
const leanSocketScript = `const net = require('net');
const srv = net.createServer((c) => {
  console.log('server side', c.server === srv, c._server === srv, c.allowHalfOpen, c._maxListeners, c.getMaxListeners());
  c.server = null;
  console.log('server reassigned', c.server, c._server === srv);
  c.setMaxListeners(3);
  console.log('max', c.getMaxListeners(), c._maxListeners);
  c.end(); srv.close();
}).listen(0, () => {
  const s = net.connect(srv.address().port);
  console.log('client side', s.server, s._server, s.allowHalfOpen, s._maxListeners);
  s.resume();
});
const h = new net.Socket({ allowHalfOpen: true });
console.log('halfopen', h.allowHalfOpen, 'allowHalfOpen' in h);
h.allowHalfOpen = false;
console.log('set', h.allowHalfOpen);
`

const leanSocketWant = `halfopen true true
set false
client side null null false undefined
server side true true false undefined 10
server reassigned null true
max 3 3
`

func TestLeanSocketValues(t *testing.T) { scripttest.Expect(t, leanSocketScript, leanSocketWant) }
