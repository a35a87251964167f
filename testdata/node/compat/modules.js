// Small modules older packages require: tty, constants, diagnostics_channel.
const tty = require('tty');
console.log(tty.isatty(0), tty.isatty(-1), tty.isatty(1.5), typeof tty.WriteStream, typeof tty.ReadStream);
const constants = require('constants');
console.log(Object.keys(constants).length > 200, constants.O_RDONLY, constants.SIGINT, constants.ENOENT, constants.RSA_PKCS1_PADDING);
const dc = require('diagnostics_channel');
const ch = dc.channel('my-channel');
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'));
const fn = (msg, name) => console.log('got', msg, name);
dc.subscribe('my-channel', fn);
console.log(ch.hasSubscribers);
ch.publish({ a: 1 });
console.log(dc.unsubscribe('my-channel', fn), ch.hasSubscribers, ch.unsubscribe(fn));
const t = dc.tracingChannel('op');
t.subscribe({ start: (c) => console.log('start', c.x), end: (c) => console.log('end', c.result) });
console.log(t.traceSync((a) => a * 2, { x: 1 }, undefined, 21));
