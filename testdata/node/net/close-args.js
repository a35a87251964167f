// The arguments of 'close': a socket destroyed before it ever had a handle
// and a closed server emit it with none (Node's emitCloseNT); a socket that
// connected reports hadError.
const net = require('net');

function show(name) {
  return function () { console.log(name, 'close', arguments.length, arguments[0]); };
}
const never = new net.Socket();
never.on('close', show('unconnected socket'));
never.destroy();

const server = net.createServer((c) => c.end());
server.on('close', show('server'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('close', function (h) {
    show('connected socket').apply(this, arguments);
    server.close();
  });
  c.resume();
});
