// Which console methods write to stdout and which to stderr, and formatting on each.
console.log('log %s', 'stdout');
console.info('info', { a: 1 });
console.debug('debug', [1, 2]);
console.dirxml('dirxml', 1);
console.warn('warn %d', 5);
console.error('error', new Map([[1, 2]]));
console.error(Object.assign(new Error('printed error'), { code: 'E1' }));
console.warn();
console.error('multi\nline\nerror');
const { log, error } = console;
log('destructured log');
error('destructured error');
console.log(typeof console.log, console.log.name, console.error.name, Object.keys(console).sort().join(','));
console.log(String(console), Object.prototype.toString.call(console));
