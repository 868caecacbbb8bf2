// Packs every workspace package as `pnpm pack` would publish it and installs the tarballs into a fresh project
// outside the workspace, offline: each tarball is unpacked into the project's node_modules, and each dependency
// the packed package.json declares is linked from the workspace's installed copy. A dependency the tarball forgets
// to declare (a devDependency its code or types need) is therefore missing there, as it would be for a user.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface PackageJson {
  name: string;
  version: string;
  license?: string;
  repository?: { type?: string; url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  exports?: unknown;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optionalDependencies?: Record<string, string>;
}

export interface PackedPackage {
  /** The package's folder in the workspace, e.g. `packages/engine`. */
  workspaceDir: string;
  tarball: string;
  /** Every path in the tarball, relative to its `package/` folder. */
  files: string[];
  /** Where it is installed in the consumer project. */
  installedDir: string;
  manifest: PackageJson;
}

export interface Consumer {
  dir: string;
  packages: PackedPackage[];
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Tools the consumer project itself uses, taken from the workspace root. */
const CONSUMER_TOOLS = ['typescript', '@types/node', 'eslint'];

export function packAndInstall(): Consumer {
  const work = mkdtempSync(join(realpathSync(tmpdir()), 'clarifai-pack-'));
  const tarballs = join(work, 'tarballs');
  execFileSync('npx', ['-y', 'pnpm@10', '-r', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  const dir = join(work, 'consumer');
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });

  const packages = readdirSync(join(ROOT, 'packages')).map((name): PackedPackage => {
    const workspaceDir = `packages/${name}`;
    const { name: pkgName, version } = readJson<PackageJson>(join(ROOT, workspaceDir, 'package.json'));
    const tarball = join(tarballs, `${pkgName.replace('@', '').replace('/', '-')}-${version}.tgz`);
    const installedDir = join(modules, pkgName);
    mkdirSync(installedDir, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', installedDir, '--strip-components=1']);
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
      .map((line) => line.slice('package/'.length));
    return { workspaceDir, tarball, files, installedDir, manifest: readJson(join(installedDir, 'package.json')) };
  });

  const packed = new Set(packages.map((p) => p.manifest.name));
  const link = (name: string, from: string) => {
    const target = join(modules, name);
    if (packed.has(name) || existsSync(target)) return;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(join(from, 'node_modules', name)), target);
  };
  for (const { workspaceDir, manifest } of packages) {
    // A peer dependency is installed by the user (an optional one only by those who want it, so not here); the
    // workspace has it either in the package or at the root.
    const peers = Object.keys(manifest.peerDependencies ?? {}).filter((dep) => !manifest.peerDependenciesMeta?.[dep]?.optional);
    for (const dep of [...Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }), ...peers]) {
      const from = existsSync(join(ROOT, workspaceDir, 'node_modules', dep)) ? join(ROOT, workspaceDir) : ROOT;
      link(dep, from);
    }
  }
  for (const tool of CONSUMER_TOOLS) link(tool, ROOT);
  return { dir, packages };
}
