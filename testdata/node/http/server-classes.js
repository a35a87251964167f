// A server's IncomingMessage/ServerResponse classes and stream options: a
// custom ServerResponse gets Node's options object, highWaterMark reaches
// the request and the response, rejectNonStandardBodyWrites the response.
const http = require('http');

class MyResponse extends http.ServerResponse {
  constructor(req, options) {
    super(req, options);
    console.log('  MyResponse options', JSON.stringify(options));
  }
}
class MyIncoming extends http.IncomingMessage {
  constructor(socket) {
    super(socket);
    console.log('  MyIncoming', this.readableHighWaterMark);
  }
}

const cases = [
  ['defaults', {}],
  ['custom classes', { ServerResponse: MyResponse, IncomingMessage: MyIncoming }],
  ['highWaterMark', { highWaterMark: 1024 }],
  ['highWaterMark, custom classes', { highWaterMark: 2048, ServerResponse: MyResponse, IncomingMessage: MyIncoming }],
  ['rejectNonStandardBodyWrites', { rejectNonStandardBodyWrites: true }],
];

function run([name, opts], done) {
  console.log(name);
  const server = http.createServer(opts, (req, res) => {
    console.log('  req', req.readableHighWaterMark, req.constructor.name, res.constructor.name);
    console.log('  res', res.writableHighWaterMark, res.writableLength);
    if (req.method === 'HEAD') {
      try {
        res.write('body');
        console.log('  HEAD write accepted');
      } catch (e) {
        console.log('  HEAD write', e.code);
      }
    }
    res.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      res.resume();
      res.on('end', () => {
        http.request({ port, host: '127.0.0.1', method: 'HEAD', agent: false }, (r2) => {
          r2.resume();
          r2.on('end', () => server.close(done));
        }).end();
      });
    });
  });
}

(function next(i) {
  if (i < cases.length) run(cases[i], () => next(i + 1));
})(0);
