// pathToFileURL/fileURLToPath with { windows } (drive letters, UNC paths, encoded separators).
const url = require('url');
for (const p of ['C:\\x y\\z', 'C:\\dir\\', 'c:/mixed/sep', '\\\\server\\share\\f', '\\\\?\\UNC\\srv\\sh\\x', '\\\\srv', 'C:\\%#?\t', 'rel\\x', '/posix/a']) {
  try { console.log(JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href); } catch (e) { console.log(JSON.stringify(p), e.code, e.message); }
}
console.log(url.pathToFileURL('/posix/a\\b', { windows: false }).href);
for (const u of ['file:///C:/x%20y/z', 'file://server/share/f', 'file:///x', 'file:///C:/a%2fb', 'file:///C:/a%5Cb', 'file://xn--ls8h.la/s/x', 'file:///c|/z']) {
  try { console.log(u, url.fileURLToPath(u, { windows: true })); } catch (e) { console.log(u, e.code, e.message); }
}
console.log(url.fileURLToPath('file:///tmp/a', { windows: false }));
