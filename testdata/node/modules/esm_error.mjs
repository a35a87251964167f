// An uncaught error thrown by an ES module: Node's file:// header.
console.log('before the throw');
const value = 42;
if (value) throw new RangeError('thrown from an ES module: ' + value);
