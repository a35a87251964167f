// An uncaught fileURLToPath scheme error.
require('url').fileURLToPath('https://example.com/file');
