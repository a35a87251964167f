// Node's `os` module (lib/os.js) over the Go ops in binding.go (Node's
// src/node_os.cc). System call failures become ERR_SYSTEM_ERROR.
'use strict';

const binding = internalBinding('os');
const errors = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_SYSTEM_ERROR } = errors.codes;

function systemError(errno, syscall) {
  const [code, message] = errors.uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  return new ERR_SYSTEM_ERROR({ errno, code, message, syscall });
}

// checked calls an op and throws ERR_SYSTEM_ERROR for a negative errno.
function checked(value, syscall) {
  if (typeof value === 'number' && value < 0) throw systemError(value, syscall);
  return value;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function uname() {
  return checked(binding.uname(), 'uv_os_uname');
}

function hostname() { return checked(binding.hostname(), 'uv_os_gethostname'); }
function type() { return uname()[0]; }
function release() { return uname()[1]; }
function version() { return uname()[2]; }
function machine() { return uname()[3]; }
function uptime() { return checked(binding.uptime(), 'uv_uptime'); }

function homedir() {
  const home = process.env.HOME;
  if (home) return home;
  return binding.passwd()[3];
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// Like Node, these functions stringify to their result ("${os.tmpdir}").
for (const fn of [hostname, type, release, version, machine, uptime, homedir, tmpdir, endianness]) {
  fn[Symbol.toPrimitive] = () => fn();
}

function endianness() { return 'LE'; }

function loadavg() {
  const si = checked(binding.sysinfo(), 'sysinfo');
  return [si[1], si[2], si[3]];
}

function totalmem() { return binding.memory()[0]; }
function freemem() { return binding.memory()[1]; }

function cpus() {
  const flat = binding.cpus();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function availableParallelism() { return binding.availableParallelism(); }

function arch() { return process.arch; }
function platform() { return process.platform; }

// maskBits counts a netmask's prefix length, or null when it is not a
// contiguous run of ones.
function maskBits(netmask, family) {
  let ones = 0;
  let seenZero = false;
  const groups = family === 'IPv4' ? netmask.split('.').map(Number) : expandV6(netmask);
  const width = family === 'IPv4' ? 8 : 16;
  for (const g of groups) {
    for (let b = width - 1; b >= 0; b--) {
      if ((g >> b) & 1) {
        if (seenZero) return null;
        ones++;
      } else {
        seenZero = true;
      }
    }
  }
  return ones;
}

function expandV6(addr) {
  const [head, tail] = addr.includes('::') ? addr.split('::') : [addr, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return h.concat(fill, t).map((x) => parseInt(x, 16));
}

function networkInterfaces() {
  const flat = binding.interfaces();
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const bits = maskBits(netmask, family);
    const entry = { address, netmask, family, mac, internal, cidr: bits === null ? null : `${address}/${bits}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] || (out[name] = [])).push(entry);
  }
  return out;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const [uid, gid, username, home, shell, found] = binding.passwd();
  // libuv fails with ENOENT for a uid without a passwd entry.
  if (!found) throw systemError(-2, 'uv_os_get_passwd');
  const enc = (s) => (options && options.encoding === 'buffer' ? require('buffer').Buffer.from(s) : s);
  return { __proto__: null, uid, gid, username: enc(username), homedir: enc(home), shell: shell === '' ? null : enc(shell) };
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const r = binding.getPriority(pid);
  if (r[0] < 0) throw systemError(r[0], 'uv_os_getpriority');
  return r[1];
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  checked(binding.setPriority(pid, priority), 'uv_os_setpriority');
}

function nullProto(o) {
  return Object.assign(Object.create(null), o);
}

const signals = nullProto({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

const errno = nullProto({
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14,
  EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5,
  EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72,
  ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105,
  ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20,
  ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75,
  EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30,
  ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
});

const priority = nullProto({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});

const dlopen = nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 });

const constants = nullProto({ UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority });

// Node's os functions carry their internal names (getFreeMem, wrappedFn…).
for (const [fn, name] of [[availableParallelism, 'getAvailableParallelism'], [freemem, 'getFreeMem'],
  [homedir, 'wrappedFn'], [hostname, 'wrappedFn'], [uptime, 'wrappedFn'], [release, 'getOSRelease'],
  [totalmem, 'getTotalMem'], [type, 'getOSType'], [version, 'getOSVersion'], [machine, 'getMachine']]) {
  Object.defineProperty(fn, 'name', { value: name });
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
