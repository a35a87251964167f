// Delays beyond 2^31-1 become 1 with a TimeoutOverflowWarning; negative
// and NaN delays become 1.
setTimeout(() => console.log('overflowed fired'), 2 ** 31);
setTimeout(() => console.log('negative fired'), -5);
setTimeout(() => console.log('NaN fired'), NaN);
