import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the root of the package holding a file says about how it is built: read once per package. */
export interface PackageRoot {
  dir: string;
  /** dependencies, devDependencies and peerDependencies together. */
  dependencies: ReadonlySet<string>;
  /** The package.json scripts joined, for commands such as `vite build`. */
  scripts: string;
  /** The names of the files at the root (config files: `vite.config.ts`, `next.config.js`, `manifest.json`). */
  files: ReadonlySet<string>;
  /** Whether the root has a package.json (a browser extension or a page may have none). */
  hasPackageJson: boolean;
  /** The text of a file at the root, or '' when it cannot be read. */
  read(name: string): string;
}

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/** Markers of a package root: its package.json, or the manifest of a browser extension that has none. */
const MARKERS = ['package.json', 'manifest.json'];

const rootOfDir = new Map<string, PackageRoot | undefined>();

/** The package a file belongs to: the nearest directory up from it with a package.json (or an extension manifest). */
export function packageRootOf(file: string): PackageRoot | undefined {
  return rootOf(dirname(file));
}

function rootOf(dir: string): PackageRoot | undefined {
  if (rootOfDir.has(dir)) return rootOfDir.get(dir);
  const files = listing(dir);
  const parent = dirname(dir);
  const root = MARKERS.some((m) => files.has(m)) ? readRoot(dir, files) : parent === dir ? undefined : rootOf(parent);
  rootOfDir.set(dir, root);
  return root;
}

function listing(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

function readRoot(dir: string, files: Set<string>): PackageRoot {
  // Only regular files of a sane size: a FIFO or a huge file named `index.html` must not stall the run.
  const read = (name: string) => {
    try {
      const path = join(dir, name);
      const stat = statSync(path);
      return stat.isFile() && stat.size <= MAX_CONFIG_BYTES ? readFileSync(path, 'utf8') : '';
    } catch {
      return '';
    }
  };
  let pkg: PackageJson = {};
  try {
    pkg = files.has('package.json') ? (JSON.parse(read('package.json')) as PackageJson) : {};
  } catch {
    // A package.json that does not parse says nothing about the build.
  }
  const dependencies = new Set(
    [pkg.dependencies, pkg.devDependencies, pkg.peerDependencies].flatMap((d) => (d && typeof d === 'object' ? Object.keys(d) : [])),
  );
  const scripts = pkg.scripts && typeof pkg.scripts === 'object' ? Object.values(pkg.scripts).join('\n') : '';
  return { dir, dependencies, scripts, files, hasPackageJson: files.has('package.json'), read };
}
