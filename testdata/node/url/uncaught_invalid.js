// An uncaught invalid URL: Node's plain TypeError with code and input.
console.log('parsing');
new URL('/relative/only');
