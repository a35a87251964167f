// A syntax error in an imported module: file:// URL, line, carets.
import { fine } from './fixtures/esm/syntax.mjs';
console.log(fine);
