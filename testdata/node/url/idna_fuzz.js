// IDNA on generated hostnames from many scripts, right-to-left ones included.
let seed = 99991;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const ranges = [[0x41, 0x5a], [0x61, 0x7a], [0x30, 0x39], [0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x590, 0x5ff], [0x600, 0x6ff], [0x900, 0x97f], [0x3040, 0x30ff], [0x4e00, 0x4e50], [0xac00, 0xac50], [0xff01, 0xff5e], [0x2000, 0x206f], [0x1f300, 0x1f64f], [0x2460, 0x24ff], [0xfb00, 0xfb4f], [0x300, 0x36f]];
let diffs = 0;
for (let i = 0; i < 3000; i++) {
  let s = '';
  const n = 1 + rand(5);
  for (let j = 0; j < n; j++) {
    const [a, b] = ranges[rand(ranges.length)];
    s += String.fromCodePoint(a + rand(b - a + 1));
    if (rand(6) === 0) s += '.';
  }
  let h;
  try { h = new URL(`http://${s}/`).host; } catch { h = 'ERR'; }
  console.log(JSON.stringify(s), h);
}
