// ES module syntax in a .cjs entry: a warning, then the SyntaxError.
const a = 1;
import { readFileSync } from "node:fs";
console.log(a, readFileSync);
