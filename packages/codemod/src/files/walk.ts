import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { gitTopOf } from '../git.js';
import { GENERATED_DIRS, MINIFIED } from './generated.js';
import { notRegular, notRegularReason } from './read.js';
import { SYMLINK_SKIPPED } from './symlinks.js';

/** Generated code and version-control data: never the code a migration should touch. */
const SKIPPED_DIRS = new Set([...GENERATED_DIRS, '.git', '.hg', '.svn']);

export interface WalkOptions {
  /** Extensions without the dot. */
  extensions: readonly string[];
  /** gitignore-style patterns from `--ignore-pattern`, relative to `cwd`. */
  ignorePatterns: readonly string[];
  cwd: string;
}

/** A file the walk found: a regular file to read, or (with `skipped`) one that cannot be read, and why. */
export interface WalkedFile {
  path: string;
  skipped?: string;
}

/** Rules of one ignore file (or of the command line), matched against paths relative to `base`. */
interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

/**
 * Every file under `dir` the codemod should look at: matching extensions, not in a build or dependency
 * directory, not minified, not ignored by a `.gitignore` (from the repository root down) or `--ignore-pattern`.
 * Symbolic links are not followed (writing through one would change the file it points to), only named with
 * `skipped`, as is a FIFO, socket or device with a source file's name, never opened (reading a FIFO blocks).
 */
export function* walkFiles(dir: string, options: WalkOptions): Generator<WalkedFile> {
  const extensions = new Set(options.extensions.map((e) => `.${e.replace(/^\./, '').toLowerCase()}`));
  // A directory named on the command line is walked even if a .gitignore above it ignores it as a whole.
  const above = ancestorGitignores(dir);
  const layers = [...(isIgnored(above, dir, true) ? [] : above), commandLineLayer(dir, options)];
  yield* walk(dir, layers, extensions);
}

function* walk(dir: string, inherited: IgnoreLayer[], extensions: Set<string>): Generator<WalkedFile> {
  const layers = withGitignore(dir, inherited);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // A directory that cannot be listed holds nothing we could migrate.
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !isIgnored(layers, path, true)) yield* walk(path, layers, extensions);
    } else if (extensions.has(extensionOf(entry.name)) && !MINIFIED.test(entry.name) && !isIgnored(layers, path, false)) {
      const what = notRegular(entry);
      if (entry.isSymbolicLink()) yield { path, skipped: SYMLINK_SKIPPED };
      else yield what ? { path, skipped: notRegularReason(what) } : { path };
    }
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot).toLowerCase();
}

function isIgnored(layers: readonly IgnoreLayer[], path: string, isDir: boolean): boolean {
  return layers.some(({ base, rules }) => {
    const rel = relative(base, path);
    if (!isInside(rel)) return false;
    return rules.ignores(rel.split(sep).join('/') + (isDir ? '/' : ''));
  });
}

function withGitignore(dir: string, layers: IgnoreLayer[]): IgnoreLayer[] {
  const layer = gitignoreLayer(dir);
  return layer ? [...layers, layer] : layers;
}

function gitignoreLayer(dir: string): IgnoreLayer | undefined {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  try {
    return { base: dir, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/** The `.gitignore` files above `dir` up to the top of its git work tree, which git applies to it too. */
function ancestorGitignores(dir: string): IgnoreLayer[] {
  const top = gitTopOf(dir);
  const layers: IgnoreLayer[] = [];
  if (!top || top === dir) return layers;
  for (let current = dirname(dir); ; current = dirname(current)) {
    const layer = gitignoreLayer(current);
    if (layer) layers.unshift(layer);
    if (current === top || dirname(current) === current) return layers;
  }
}

function commandLineLayer(dir: string, options: WalkOptions): IgnoreLayer {
  // Patterns are relative to the working directory, like a .gitignore placed there; a tree outside it has them
  // matched relative to its own root.
  const inside = isInside(relative(options.cwd, dir)) || dir === options.cwd;
  return { base: inside ? options.cwd : dir, rules: ignore().add([...options.ignorePatterns]) };
}

/** Whether a path relative to some base (as `path.relative` gives it) lies below that base. */
function isInside(rel: string): boolean {
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
