// A socket error nobody listens for (connection refused on a loopback port
// where nothing listens): the error is made outside JavaScript, has no
// frames of its own, and Node's fatal output still names the Socket.
const net = require('net');
const socket = net.connect(1, '127.0.0.1');
socket.on('close', (hadError) => console.log('close', hadError));
socket.on('connect', () => console.log('connected?!'));
console.log('connecting', socket.connecting);
process.on('exit', (code) => console.log('exit', code));
