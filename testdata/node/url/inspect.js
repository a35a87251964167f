// util.inspect / console.log of URL and URLSearchParams, JSON, toString.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(new URL('file:///tmp/x'));
console.log([new URL('http://a/')]);
console.log({ nested: { url: new URL('http://a/?x=1') } });
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ a: { b: u } }, { depth: 0 }));
console.log(new URLSearchParams('a=1&b=2&a=3'), new URLSearchParams());
console.log(new URLSearchParams({ long1: 'x'.repeat(30), long2: 'y'.repeat(30), long3: 'z'.repeat(30) }));
console.log(new URLSearchParams('a=1').keys(), new URLSearchParams('a=1&b=2').entries());
console.log(JSON.stringify({ u }), String(u), `${u}`, u.toJSON() === u.href);
console.log(Object.keys(u), Object.prototype.toString.call(u), Object.keys(URL.prototype).join(','));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join(','));
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
console.log(typeof URL, typeof URLSearchParams, URL === require('url').URL, URLSearchParams === require('url').URLSearchParams);
