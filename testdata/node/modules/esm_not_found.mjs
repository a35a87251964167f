// Importing a missing module fails before anything runs.
console.log('never printed');
import './fixtures/esm/missing.mjs';
