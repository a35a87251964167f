// Client errors: ECONNREFUSED (with its fields), socket hang up when the
// server closes without answering, 'aborted' when the body is cut short,
// and parse errors from a server that does not speak HTTP.
const http = require('http');
const net = require('net');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' ')); });

function refused() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, () => {
      const port = probe.address().port;
      probe.close(() => {
        const req = http.get({ port, host: '127.0.0.1' });
        req.on('error', (e) => {
          console.log('refused', e.name, e.code, e.syscall, e.address, e.port === port, e.errno, e.message.replace(/:\d+$/, ':PORT'));
        });
        req.on('close', () => { ev('refused req', 'close'); resolve(); });
      });
    });
  });
}

function rawServer(onConn) {
  return new Promise((resolve) => {
    const s = net.createServer(onConn).listen(0, () => resolve(s));
  });
}

async function hangup() {
  const s = await rawServer((c) => c.once('data', () => c.destroy()));
  await new Promise((resolve) => {
    const req = http.get({ port: s.address().port, agent: false });
    req.on('error', (e) => { ev('hangup req', 'error ' + e.code + ' ' + e.message); });
    req.on('close', () => { ev('hangup req', 'close'); s.close(resolve); });
  });
}

async function endWithoutReply() {
  const s = await rawServer((c) => c.once('data', () => c.end()));
  await new Promise((resolve) => {
    const req = http.get({ port: s.address().port });
    req.on('error', (e) => { ev('end req', 'error ' + e.code + ' ' + e.message); });
    req.on('close', () => { ev('end req', 'close'); s.close(resolve); });
  });
}

async function cutBody() {
  const s = await rawServer((c) => c.once('data', () => {
    c.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
    setTimeout(() => c.destroy(), 30);
  }));
  await new Promise((resolve) => {
    const req = http.get({ port: s.address().port }, (res) => {
      res.on('data', (d) => ev('cut res', 'data ' + d));
      res.on('aborted', () => ev('cut res', 'aborted ' + res.aborted + ' ' + res.complete));
      res.on('error', (e) => ev('cut res', 'error ' + e.code + ' ' + e.message));
      res.on('end', () => ev('cut res', 'end'));
      res.on('close', () => { ev('cut res', 'close'); s.close(resolve); });
    });
    req.on('error', (e) => ev('cut req', 'error ' + e.code));
    req.on('close', () => ev('cut req', 'close'));
  });
}

async function notHttp() {
  const s = await rawServer((c) => c.once('data', () => c.end('SSH-2.0-OpenSSH\r\n\r\n')));
  await new Promise((resolve) => {
    const req = http.get({ port: s.address().port });
    req.on('error', (e) => { ev('nothttp req', `error ${e.code} ${e.message} ${JSON.stringify(e.rawPacket && e.rawPacket.toString())}`); });
    req.on('close', () => { ev('nothttp req', 'close'); s.close(resolve); });
  });
}

async function badStatus() {
  const s = await rawServer((c) => c.once('data', () => c.end('HTTP/1.1 2x0 OK\r\n\r\n')));
  await new Promise((resolve) => {
    const req = http.get({ port: s.address().port });
    req.on('error', (e) => { ev('badstatus req', `error ${e.code} ${e.message}`); });
    req.on('close', () => { ev('badstatus req', 'close'); s.close(resolve); });
  });
}

(async () => {
  await refused();
  await hangup();
  await endWithoutReply();
  await cutBody();
  await notHttp();
  await badStatus();
  http.globalAgent.destroy();
})();
