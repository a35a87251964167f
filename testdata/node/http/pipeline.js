// http messages in stream plumbing: stream.pipeline(req, transform, res),
// a file piped into a request, stream.finished on a response, the 'pipe'
// and 'unpipe' events an OutgoingMessage sees.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { pipeline, Transform, finished } = require('stream');
const upper = () => new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const server = http.createServer((req, res) => {
  res.on('pipe', (src) => console.log('res pipe from', src.constructor.name));
  pipeline(req, upper(), res, (err) => console.log('server pipeline done', err));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false }, (res) => {
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { b += d; });
    finished(res, (err) => {
      console.log('finished', err, b.length, b.slice(0, 40).replace(/\n/g, '|'));
      server.close();
    });
  });
  req.on('pipe', () => console.log('req pipe event'));
  req.on('finish', () => console.log('req finish'));
  fs.createReadStream(path.join(__dirname, 'pipeline.js')).pipe(req);
});
