// writeHead header forms (object, flat array, array of pairs, merged with
// setHeader) and their errors; a request over a user createConnection.
const http = require('http');
const net = require('net');
const forms = {
  '/flat': (res) => res.writeHead(200, ['X-A', '1', 'X-A', '2', 'x-b', '3']),
  '/pairs': (res) => res.writeHead(200, [['X-P', 'p1'], ['X-P', 'p2']]),
  '/merged-array': (res) => { res.setHeader('X-Keep', 'k'); res.setHeader('X-A', 'old'); res.writeHead(200, ['X-A', 'n1', 'X-A', 'n2']); },
  '/odd': (res) => { try { res.writeHead(200, ['X-A']); } catch (e) { console.log(e.name, e.code, e.message); res.writeHead(200); } },
  '/odd-merged': (res) => { res.setHeader('X', 'y'); try { res.writeHead(200, ['X-A']); } catch (e) { console.log(e.name, e.code, e.message); res.writeHead(200); } },
  '/bad-name': (res) => { try { res.writeHead(200, { 'bad name': 1 }); } catch (e) { console.log(e.name, e.code, e.message); res.writeHead(200); } },
  '/bad-value': (res) => { try { res.writeHead(200, ['X', 'a\nb']); } catch (e) { console.log(e.name, e.code, e.message); res.writeHead(200); } },
  '/reason-obj': (res) => res.writeHead(201, 'Made', { 'X-R': 'r' }),
};
const server = http.createServer((req, res) => { if (forms[req.url]) forms[req.url](res); res.end(); });
server.listen(0, () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { data += d; });
  c.on('close', () => {
    console.log(data.replace(/Date: [^\r]*\r\n/g, '').split('\r\n\r\n').join('\n--\n'));
    let created = 0;
    const req = http.request({
      port, agent: false,
      createConnection: (opts, cb) => { created++; return net.createConnection(opts.port, '127.0.0.1'); },
    }, (res) => {
      console.log('createConnection used', created, res.statusCode);
      res.resume();
      res.on('end', () => server.close());
    });
    req.end();
  });
  c.write(Object.keys(forms).map((p) => `GET ${p} HTTP/1.1\r\nHost: h\r\n\r\n`).join(''));
  setTimeout(() => c.end(), 300);
});
