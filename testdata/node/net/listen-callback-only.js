// server.listen(cb) binds a random port (normalizeArgs puts the callback in
// options.port; listen must not validate it as one).
const net = require('net');
const s = net.createServer();
s.listen(() => {
  console.log('listening', typeof s.address().port, s.address().port > 0);
  s.close(() => console.log('closed'));
});
