// An async graph: each module evaluates once, async dependencies start in
// order and run concurrently, sync siblings run while they wait, importers
// wait for all of theirs; a failing async module rejects its importers.
import { left } from './fixtures/esm/tla/left.mjs';
import { sync } from './fixtures/esm/tla/sync.mjs';
import { right } from './fixtures/esm/tla/right.mjs';
console.log('main', left, sync, right);
for (let i = 0; i < 2; i++) {
  try {
    await import('./fixtures/esm/tla/after-fail.mjs');
  } catch (e) {
    console.log('import failed:', e.message);
  }
}
