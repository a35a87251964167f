// process.emitWarning: printed as Node prints it, 'warning' events,
// deprecations with codes, custom types.
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('plain warning');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE1');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
const w = new Error('from an error');
w.name = 'MyWarning';
process.emitWarning(w);
