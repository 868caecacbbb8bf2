import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The version of the legacy `clarifai` npm client a file runs with, read from what the project pins: the installed
 * package, then the lockfile (npm v1 to v3 and its shrinkwrap, pnpm, yarn), then an exact version in package.json.
 * Versions before 2.9 ignore `userId`/`appId`, so the engine hands their sites off ("upgrade to 2.9.x first")
 * instead of fixing them.
 */
const cache = new Map<string, string | undefined>();

export function legacyClientVersion(dir: string): string | undefined {
  if (cache.has(dir)) return cache.get(dir);
  const found = existsSync(join(dir, 'package.json')) ? versionIn(dir) : dirname(dir) === dir ? undefined : legacyClientVersion(dirname(dir));
  cache.set(dir, found);
  return found;
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

function versionIn(dir: string): string | undefined {
  const installed = read(join(dir, 'node_modules', 'clarifai', 'package.json'));
  if (installed) return (JSON.parse(installed) as { version?: string }).version;
  for (const lockfile of ['package-lock.json', 'npm-shrinkwrap.json']) {
    const npm = read(join(dir, lockfile));
    if (!npm) continue;
    // Lockfile v2/v3 list `packages`; v1 (npm 5 and 6, most projects of the legacy client's years) lists `dependencies`.
    const lock = JSON.parse(npm) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
    const npmVersion = lock.packages?.['node_modules/clarifai']?.version ?? lock.dependencies?.clarifai?.version;
    if (npmVersion) return npmVersion;
  }
  const pnpm = read(join(dir, 'pnpm-lock.yaml'))?.match(/^\s+\/?clarifai@(\d+\.\d+\.\d+)/m)?.[1];
  if (pnpm) return pnpm;
  const yarn = read(join(dir, 'yarn.lock'))?.match(/^"?clarifai@[^\n]*:\n\s+version:? "?(\d+\.\d+\.\d+)/m)?.[1];
  if (yarn) return yarn;
  const pkg = JSON.parse(read(join(dir, 'package.json'))!) as { dependencies?: Record<string, string> };
  return pkg.dependencies?.clarifai?.match(/^[~=v]?(\d+\.\d+\.\d+)$/)?.[1];
}

/** An import or require of the legacy package (or one of its files). */
const LEGACY_IMPORT = /(?:from\s*|require\s*\(\s*)['"]clarifai(?:\/[^'"]*)?['"]/;

/**
 * What the engine needs to know of the legacy client for one file (`EngineOptions.legacyClientVersion`): its
 * version where the file loads the package; nothing, and no read, for every other file.
 */
export function legacyClientOptions(path: string, text: string): { legacyClientVersion?: string } {
  const version = LEGACY_IMPORT.test(text) ? legacyClientVersion(dirname(resolve(path))) : undefined;
  return version ? { legacyClientVersion: version } : {};
}
