// An error built first, decorated, then thrown: Node's header shows the 'throw err;' line.
console.log('x');
const err = new TypeError('made early');
err.code = 'E_EARLY';
if (err.code === 'nope') throw new Error('never');
throw err;
