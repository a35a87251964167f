// Throwing a string prints Node's note about --trace-uncaught.
// diff-ignore-stderr
process.on('exit', (c) => console.log('exit', c));
throw 'a string';
