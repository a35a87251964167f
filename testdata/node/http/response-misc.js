// ServerResponse odds and ends: chaining, res.req/res.socket, encodings in
// write/end, end callbacks, writableEnded/finished/headersSent over time,
// write() return values, getHeaders after writeHead.
const http = require('http');
const seq = [];
const server = http.createServer((req, res) => {
  seq.push(`req ${res.req === req} ${res.socket === req.socket} ${res.connection === res.socket} ${res.finished} ${res.writableEnded}`);
  seq.push('setHeader returns res ' + (res.setHeader('X-A', '1') === res));
  seq.push('writeHead returns res ' + (res.writeHead(200, { 'X-B': '2' }) === res));
  seq.push('getHeaders ' + JSON.stringify(res.getHeaders()) + ' sent ' + res.headersSent);
  seq.push('write hex ' + res.write('68656c6c6f', 'hex'));
  seq.push('write base64 ' + res.write('IHdvcmxk', 'base64'));
  seq.push('write cb ' + res.write(Buffer.from('!'), () => seq.push('write callback')));
  res.end('202e', 'hex', () => {
    seq.push('end callback ' + res.writableFinished);
  });
  seq.push(`after end ${res.finished} ${res.writableEnded} ${res.headersSent}`);
  res.on('finish', () => seq.push('finish'));
  res.on('close', () => seq.push('close ' + res.destroyed));
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => {
      setTimeout(() => {
        console.log(seq.join('\n'));
        console.log(JSON.stringify(b), res.headers['x-a'], res.headers['x-b'], res.headers['transfer-encoding']);
        server.close();
        http.globalAgent.destroy();
      }, 50);
    });
  });
});
