// Everyday crypto and buffer code: file hashing through streams, JWT-style
// HS256 tokens, password hashing with scrypt, AES-GCM envelopes.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');

const file = path.join(__dirname, 'realistic.js');
const expected = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const hash = crypto.createHash('sha256');
pipeline(fs.createReadStream(file, { highWaterMark: 64 }), hash, (err) => {
  console.log('pipeline', err === undefined || err === null, hash.digest('hex') === expected);
});
fs.createReadStream(file).pipe(crypto.createHash('md5').setEncoding('hex')).on('data', (d) => console.log('pipe md5', d === crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex')));

function b64url(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}
function signJWT(payload, secret) {
  const head = b64url({ alg: 'HS256', typ: 'JWT' });
  const body = b64url(payload);
  const sig = crypto.createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}
function verifyJWT(token, secret) {
  const [head, body, sig] = token.split('.');
  const expect = crypto.createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(sig, 'base64url');
  return given.length === expect.length && crypto.timingSafeEqual(given, expect) ? JSON.parse(Buffer.from(body, 'base64url').toString()) : null;
}
const token = signJWT({ sub: 'user-1', name: 'Zoë', iat: 1700000000 }, 's3cr3t');
console.log(token);
console.log(verifyJWT(token, 's3cr3t'), verifyJWT(token, 'wrong'));

const salt = Buffer.from('0123456789abcdef');
const derived = crypto.scryptSync('correct horse battery staple', salt, 32, { N: 1024 });
console.log('scrypt', `${salt.toString('hex')}:${derived.toString('hex')}`);
console.log('pbkdf2', crypto.pbkdf2Sync('pw', salt, 1000, 16, 'sha512').toString('base64'));

function seal(key, plaintext) {
  const iv = Buffer.alloc(12, 9);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64');
}
function open(key, sealed) {
  const raw = Buffer.from(sealed, 'base64');
  const d = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
}
const key = crypto.createHash('sha256').update('key material').digest();
const box = seal(key, 'attack at dawn ☀');
console.log(box, open(key, box));
try { open(crypto.randomBytes(32), box); } catch (e) { console.log('tamper', e.message); }
const uuid = crypto.randomUUID();
console.log(uuid.length, uuid[14], /^[0-9a-f-]+$/.test(uuid));
const enc = new TextEncoder();
console.log(enc.encode('héllo').length, Buffer.byteLength('héllo'), new TextDecoder().decode(enc.encode('ok ✓')));
