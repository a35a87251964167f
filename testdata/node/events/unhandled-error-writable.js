// A Writable whose _write fails: the 'error' event is unhandled and the
// fatal output names the class.
const { Writable } = require('stream');
class Sink extends Writable {
  _write(chunk, enc, cb) {
    console.log('writing', String(chunk));
    const err = new TypeError('sink rejected ' + chunk);
    err.code = 'ERR_SINK';
    cb(err);
  }
}
const s = new Sink();
console.log(s.write('a'));
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
