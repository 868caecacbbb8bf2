// The floor: read every source file of a tree (skipping node_modules and dist), parse nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
let files = 0;
let bytes = 0;
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (SOURCE.test(entry.name)) {
      bytes += readFileSync(path).length;
      files++;
    }
  }
})(process.argv[2]);
console.log(JSON.stringify({ files, bytes }));
