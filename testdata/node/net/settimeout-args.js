// socket.setTimeout's checks as Node's setStreamTimeout: timeout is assigned
// before msecs is checked, and a duration above 2^31-1 is truncated with a
// TimeoutOverflowWarning.
const net = require('net');
const s = new net.Socket();
try { s.setTimeout('abc'); } catch (e) { console.log(e.code, s.timeout); }
try { s.setTimeout(NaN); } catch (e) { console.log(e.code, e.message, s.timeout); }
try { s.setTimeout(-1); } catch (e) { console.log(e.code, e.message, s.timeout); }
s.setTimeout(2 ** 31 + 5); console.log(s.timeout);
s.setTimeout(0.5); console.log(s.timeout);
s.destroy();
