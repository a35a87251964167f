// path.win32 device-namespace roots (\\.\name, \\?\C:, \\?\UNC).
const w=require('path').win32;
for (const p of ['\\\\.\\c:srv', '\\\\.\\PhysicalDrive0', '\\\\.\\COM1\\x', '\\\\?\\C:\\a\\..\\b', '\\\\?\\UNC\\srv\\sh', '\\\\.\\', '\\\\?\\', '\\\\.', '\\\\.\\a\\b\\..', '\\\\.\\c:srv\\']) console.log(JSON.stringify(p), JSON.stringify([w.normalize(p), w.dirname(p), w.basename(p), JSON.stringify(w.parse(p)), w.isAbsolute(p), w.resolve(p), w.join(p, 'x')]));
