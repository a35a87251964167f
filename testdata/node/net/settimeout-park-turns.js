// socket.setTimeout(0) followed by setTimeout(ms) within one turn and
// across turns: the timer is off after 0 (it does not fire even when its
// old expiry passes), and setTimeout(ms) arms it ms from when it is called,
// with the same or another duration, also when the two calls are in one
// turn but milliseconds apart. The socket's timeout and its timer's
// _idleTimeout/_destroyed read as Node's at each step.
const net = require('net');

function timerOf(s) {
  const sym = Object.getOwnPropertySymbols(s).find((x) => x.description === 'timeout');
  const t = sym && s[sym];
  return t ? `${t._idleTimeout}/${t._destroyed}` : String(t);
}

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

// Each scenario gets a fresh connected socket; done(s) logs and closes it.
const scenarios = [
  ['same turn, same duration', (s, log) => {
    s.setTimeout(60);
    s.setTimeout(0);
    log('after 0');
    s.setTimeout(60);
    log('after 60');
    return 60;
  }],
  ['same turn, other duration', (s, log) => {
    s.setTimeout(400);
    s.setTimeout(0);
    s.setTimeout(50);
    log('after 50');
    return 50;
  }],
  ['same turn, 0 twice then back', (s, log) => {
    s.setTimeout(60);
    s.setTimeout(0);
    s.setTimeout(0);
    log('after 0 0');
    s.setTimeout(60);
    return 60;
  }],
  ['same turn, 30 ms apart', (s, log) => {
    s.setTimeout(60);
    s.setTimeout(0);
    busy(30);
    s.setTimeout(60);
    log('after busy');
    return 60;
  }],
  ['parked across a turn', (s, log) => {
    s.setTimeout(60);
    s.setTimeout(0);
    return new Promise((resolve) => setImmediate(() => {
      log('next turn');
      s.setTimeout(60);
      resolve(60);
    }));
  }],
  ['parked past its old expiry', (s, log) => {
    s.setTimeout(30);
    s.setTimeout(0);
    return new Promise((resolve) => setTimeout(() => {
      log('80 ms later');
      s.setTimeout(40);
      resolve(40);
    }, 80));
  }],
  ['re-armed 30 ms later', (s, log) => {
    s.setTimeout(60);
    return new Promise((resolve) => setTimeout(() => {
      s.setTimeout(0);
      s.setTimeout(60);
      log('30 ms later');
      resolve(60);
    }, 30));
  }],
  ['parked for good', (s, log) => {
    s.setTimeout(30);
    s.setTimeout(0);
    log('after 0');
    return new Promise((resolve) => setTimeout(() => resolve(0), 100));
  }],
];

const srv = net.createServer((s) => s.on('error', () => {}));
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  let i = 0;
  const next = () => {
    if (i === scenarios.length) {
      srv.close(() => console.log('done'));
      return;
    }
    const [name, run] = scenarios[i++];
    const c = net.connect(port, '127.0.0.1', async () => {
      const log = (what) => console.log(' ', what, 'timeout', c.timeout, 'timer', timerOf(c));
      console.log(name);
      let fired = 0;
      let armedAt = 0;
      c.on('timeout', () => {
        fired++;
        const waited = Date.now() - armedAt;
        console.log('  timeout', c.timeout, 'timer', timerOf(c), 'waited enough', waited >= want - 5, 'not too long', waited < want + 200);
      });
      let want = 0;
      const r = run(c, log);
      if (typeof r === 'number') {
        want = r;
        armedAt = Date.now();
      } else {
        want = await r;
        armedAt = Date.now();
      }
      setTimeout(() => {
        console.log('  fired', fired);
        c.destroy();
        c.on('close', next);
      }, want + 80);
    });
  };
  next();
});
