// http.Server listen variants, address(), 'listening', close callbacks and
// the not-running error, listen errors (EADDRINUSE).
const http = require('http');
const s = http.createServer();
s.on('listening', () => console.log('listening event', s.listening));
s.listen(0, '127.0.0.1', 511, () => {
  const a = s.address();
  console.log('address', a.address, a.family, typeof a.port);
  const s2 = http.createServer();
  s2.on('error', (e) => {
    console.log('error', e.code, e.syscall, e.address, e.port === a.port);
    s2.listen({ port: 0, host: '127.0.0.1' }, () => {
      console.log('object form', s2.address().address);
      s2.close(() => {
        console.log('s2 closed', s2.listening);
        s2.close((err) => console.log('close again', err.code, err.message));
        const s3 = http.createServer().listen(() => {
          console.log('no-arg form', typeof s3.address().port);
          s3.close();
          s.close(() => console.log('s closed'));
        });
      });
    });
  });
  s2.listen(a.port, '127.0.0.1');
});
