// new console.Console(...) writing to custom stream objects; options; validation errors.
const { Console } = console;
const chunks = [];
const EventEmitter = require('events');
function sink(name) {
  const e = new EventEmitter();
  e.write = (s, cb) => { chunks.push([name, s, typeof cb]); return true; };
  return e;
}
const out = sink('out');
const err = sink('err');
const c = new Console(out, err);
c.log('hello %s', 'world');
c.error('to err', { a: 1 });
c.warn('warn');
c.info('info');
c.group('grp');
c.log('inside');
c.groupEnd();
c.table([{ x: 1 }]);
c.count();
c.assert(false, 'failed');
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.log(JSON.stringify(chunks));
chunks.length = 0;
const c2 = new Console({ stdout: out, inspectOptions: { depth: 0, breakLength: 20 }, groupIndentation: 4 });
c2.log({ a: { b: 1 } }, ['aaaaaaaaa', 'bbbbbbbbbb']);
c2.group();
c2.error('error goes to stdout stream');
c2.groupEnd();
console.log(JSON.stringify(chunks));
chunks.length = 0;
const c3 = Console(out);
c3.log('without new');
console.log(JSON.stringify(chunks), c instanceof Console, console instanceof Console);
for (const bad of [undefined, {}, { write: 1 }]) {
  try { new Console(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { new Console({ stdout: out, stderr: {} }); } catch (e) { console.log(e.code, e.message); }
const plain = { write() {} };
try { new Console(plain).log('x'); } catch (e) { console.log(e.name); }
try { new Console({ stdout: out, colorMode: 'x' }); } catch (e) { console.log(e.code, e.message); }
const c4 = new Console({ stdout: out, colorMode: true });
c4.log({ n: 1, s: 'x' });
console.log(JSON.stringify(chunks));
console.log(out.listenerCount('error'), err.listenerCount('error'));
const strict = new Console({ stdout: out, ignoreErrors: false });
chunks.length = 0;
strict.log('strict');
console.log(JSON.stringify(chunks));
