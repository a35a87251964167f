// http module surface: METHODS, STATUS_CODES, maxHeaderSize, validators,
// globalAgent defaults, Agent defaults.
const http = require('http');
console.log(http.METHODS.length, http.METHODS.join(','));
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[418], http.STATUS_CODES[200], http.STATUS_CODES[511]);
console.log(http.maxHeaderSize);
for (const args of [['x-ok'], ['bad name'], [''], [42]]) {
  try { http.validateHeaderName(...args); console.log('ok', args[0]); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const args of [['x', 'ok'], ['x', undefined], ['x', 'a\r\nb'], ['x', 'tab\tok']]) {
  try { http.validateHeaderValue(...args); console.log('ok value', JSON.stringify(args[1])); } catch (e) { console.log(e.name, e.code, e.message); }
}
const g = http.globalAgent;
console.log(g instanceof http.Agent, g.keepAlive, g.options.timeout, g.scheduling, g.maxSockets, g.maxFreeSockets, g.maxTotalSockets, g.keepAliveMsecs, g.defaultPort, g.protocol);
const a = new http.Agent({ keepAlive: true, maxSockets: 2, maxFreeSockets: 1, scheduling: 'fifo', keepAliveMsecs: 500 });
console.log(a.keepAlive, a.maxSockets, a.maxFreeSockets, a.scheduling, a.keepAliveMsecs, a.options.noDelay, a.options.path);
console.log(a.getName({ host: 'h', port: 1 }), a.getName({}), a.getName({ host: 'h', port: 2, localAddress: 'l', family: 4 }));
try { new http.Agent({ scheduling: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new http.Agent({ maxTotalSockets: 0 }); } catch (e) { console.log(e.name, e.code, e.message); }
const s = http.createServer();
console.log(s.timeout, s.keepAliveTimeout, s.headersTimeout, s.requestTimeout, s.maxHeadersCount, s.maxRequestsPerSocket, s.listening);
const s2 = http.createServer({ keepAliveTimeout: 100, requestTimeout: 1000 });
console.log(s2.keepAliveTimeout, s2.headersTimeout, s2.requestTimeout);
try { http.createServer({ headersTimeout: 10, requestTimeout: 5 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { http.createServer({ keepAliveTimeout: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { http.createServer(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof http.Server, typeof http.ServerResponse, typeof http.IncomingMessage, typeof http.OutgoingMessage, typeof http.ClientRequest);
console.log(s instanceof require('net').Server);
const https = require('https');
console.log(https.globalAgent.defaultPort, https.globalAgent.protocol, https.globalAgent.maxCachedSessions, https.globalAgent.keepAlive, https.globalAgent.options.timeout);
console.log(new https.Agent({ maxCachedSessions: 3 }).maxCachedSessions, https.globalAgent instanceof http.Agent);
console.log(new https.Agent().getName({ host: 'h', port: 443, ca: 'CA', rejectUnauthorized: false, servername: 'other' }));
const hs = https.createServer({});
console.log(hs instanceof require('tls').Server, hs.timeout, hs.keepAliveTimeout, hs.headersTimeout);
