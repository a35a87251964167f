// data: URL modules (text/javascript, base64, JSON): no file, no relative imports.
const m = await import('data:text/javascript,export default 42; export const meta = Object.keys(import.meta); export const url = import.meta.url.slice(0, 20);');
console.log(m.default, m.meta, m.url);
const j = await import('data:application/json,{"a":1}', { with: { type: 'json' } });
console.log(j.default);
const b = await import('data:text/javascript;base64,' + Buffer.from('export const b = "base64";').toString('base64'));
console.log(b.b);
try { await import('data:text/javascript,import "./rel.mjs";'); } catch (e) { console.log(e.code, e.message); }
try { await import('data:text/javascript,syntax error here'); } catch (e) { console.log(e.name, e.message); }
import('data:text/javascript,import fs from "node:fs"; export default typeof fs.readFileSync').then(x => console.log(x.default));
