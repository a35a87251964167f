// http messages in stream plumbing: stream.pipeline(req, transform, res),
// a file piped into a request, stream.finished on a response, the 'pipe'
// and 'unpipe' events an OutgoingMessage sees.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { pipeline, Transform, finished } = require('stream');
const seq = {};
const ev = (obj, name) => { (seq[obj] ||= []).push(name); };
process.on('exit', () => { for (const k of Object.keys(seq).sort()) console.log(k, seq[k].join(' -> ')); });
const upper = () => new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const server = http.createServer((req, res) => {
  res.on('pipe', (src) => ev('server', 'res pipe from ' + src.constructor.name));
  pipeline(req, upper(), res, (err) => ev('server', 'pipeline done ' + err));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false }, (res) => {
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { b += d; });
    finished(res, (err) => {
      ev('client res', `finished ${err} ${b.length} ${b.slice(0, 40).replace(/\n/g, '|')}`);
      server.close();
    });
  });
  req.on('pipe', () => ev('client req', 'pipe'));
  req.on('finish', () => ev('client req', 'finish'));
  fs.createReadStream(path.join(__dirname, 'pipeline.js')).pipe(req);
});
