// An uncaught error with extra properties: Node prints it with util.inspect on stderr.
console.log('before');
throw Object.assign(new TypeError('the message'), { code: 'E_SOMETHING', info: { detail: [1, 2, 3] } });
