#!/usr/bin/env node
// What installing a workspace package costs a user, by direct dependency: the bytes on disk of each dependency with
// everything it pulls in (peer dependencies too: npm installs them), measured over the installed node_modules (no
// registry needed). Shared packages are counted in each dependency's row and once in the total.
// Usage: node scripts/install-size.mjs packages/codemod
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

const packageDir = realpathSync(process.argv[2] ?? 'packages/codemod');
const manifest = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** Where Node would find `name` from `dir`: the nearest node_modules/<name> above it. */
function resolveFrom(dir, name) {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(at) === at) return undefined;
  }
}

/** The directories of `dir`'s production and (required) peer dependencies, transitively; optional ones when installed. */
function closure(dir, seen = new Set()) {
  if (seen.has(dir)) return seen;
  seen.add(dir);
  const { dependencies = {}, optionalDependencies = {}, peerDependencies = {}, peerDependenciesMeta = {} } = manifest(dir);
  const peers = Object.keys(peerDependencies).filter((name) => !peerDependenciesMeta[name]?.optional);
  for (const name of [...Object.keys({ ...dependencies, ...optionalDependencies }), ...peers]) {
    const found = resolveFrom(dir, name);
    if (found) closure(found, seen);
  }
  return seen;
}

/** Bytes of the files in a package directory, not counting its own nested node_modules (those are packages too). */
function bytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') total += bytes(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

const sizeOf = (dirs) => [...dirs].reduce((sum, dir) => sum + bytes(dir), 0);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
const { name, dependencies = {} } = manifest(packageDir);
const everything = new Set();
console.log(`| ${name} dependency | packages | on disk |\n|---|---:|---:|`);
for (const dep of Object.keys(dependencies)) {
  const dirs = closure(resolveFrom(packageDir, dep));
  dirs.forEach((d) => everything.add(d));
  console.log(`| ${dep} | ${dirs.size} | ${mb(sizeOf(dirs))} |`);
}
console.log(`| all, each package once | ${everything.size} | ${mb(sizeOf(everything))} |`);
