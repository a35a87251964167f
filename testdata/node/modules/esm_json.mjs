// JSON modules: a static import needs with { type: 'json' }; the default
// export is the parsed value, shared between importers.
import data from './fixtures/cjs/data.json' with { type: 'json' };
console.log(data, Object.keys(await import('./fixtures/cjs/data.json', { with: { type: 'json' } })));
const again = await import('./fixtures/cjs/data.json', { with: { type: 'json' } });
console.log(again.default === data);
try {
  await import('./fixtures/esm/json-no-attr.mjs');
} catch (e) {
  console.log(e.name, e.code, e.message.replace(process.cwd(), '<cwd>'));
}
