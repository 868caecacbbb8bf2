import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

/**
 * Project-wide search over the files a project tracks: where an env name a migration stops reading is still
 * required or documented (compose files, env templates, READMEs, other sources), and where a removed secret's exact
 * value is still stored (build output, caches). Tracked means `git ls-files` (build output committed by mistake
 * included); outside git, every file under the root except `node_modules` and `.git`.
 */

const MAX_BYTES = 5 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** The top of the git work tree holding `dir`, or `dir` itself outside git. */
export function projectRoot(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return dir;
  }
}

/**
 * The project that the paths a user named belong to: the nearest package (a directory with a package.json) at or
 * above their common directory, else their repository's root. `npx clarifai-codemod src/` searches the whole
 * package (its compose files and README), while a run over one package of a monorepo stays inside that package.
 */
export function projectOf(paths: readonly string[]): string {
  const dirs = paths.map((path) => (existsSync(path) && statSync(path).isDirectory() ? path : dirname(path)));
  let common = dirs[0] ?? '.';
  for (const dir of dirs.slice(1)) while (relative(common, dir).startsWith('..')) common = dirname(common);
  const top = projectRoot(common);
  for (let at = common; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) return at;
    if (at === top || dirname(at) === at) return top;
  }
}

/** Absolute paths of the files tracked under `root`. */
export async function trackedFiles(root: string): Promise<string[]> {
  try {
    const { stdout } = await promisify(execFile)('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout.split('\0').filter(Boolean).map((file) => join(root, file));
  } catch {
    return walk(root);
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** A text to look for; a `wholeName` is found only as a whole word (see `mentionsName`). */
export interface Search {
  needle: string;
  wholeName?: boolean;
}

/**
 * For each search, the files (relative to `root`, forward slashes) that contain its needle, in the order of
 * `searches`. Each file is read once, as bytes (needles are matched without decoding the file). `texts` gives the
 * text of files about to change (absolute path → new text), searched instead of the disk's.
 */
export function filesMentioning(
  root: string,
  files: readonly string[],
  searches: readonly Search[],
  texts: ReadonlyMap<string, string> = new Map(),
): string[][] {
  const found = searches.map((): string[] => []);
  if (searches.length === 0) return found;
  // Synchronous reads: over thousands of small files they are several times faster than promise reads through the
  // thread pool (the codemod's scan reads the same way).
  for (const file of files) {
    let haystack: string | Buffer | undefined = texts.get(file);
    if (haystack === undefined) {
      const size = sizeOf(file);
      if (size < 0 || size > MAX_BYTES) continue;
      haystack = readFileSync(file);
    }
    searches.forEach(({ needle, wholeName }, i) => {
      if (contains(haystack, needle, wholeName)) found[i]!.push(relative(root, file).split(sep).join('/'));
    });
  }
  return found;
}

/** Whether `haystack` (a text, or a file's UTF-8 bytes) holds `needle`; with `wholeName`, as a whole word. */
function contains(haystack: string | Buffer, needle: string, wholeName = false): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!wholeName) return true;
    const end = at + (typeof haystack === 'string' ? needle.length : Buffer.byteLength(needle));
    if (!isNameCode(codeAt(haystack, at - 1)) && !isNameCode(codeAt(haystack, end))) return true;
  }
  return false;
}

/** The code unit (text) or byte (file) at `at`; -1 outside. Both agree on ASCII, the only characters of a name. */
function codeAt(haystack: string | Buffer, at: number): number {
  if (at < 0 || at >= haystack.length) return -1;
  return typeof haystack === 'string' ? haystack.charCodeAt(at) : haystack[at]!;
}

/** `[A-Za-z0-9_]`: a character that would make the match part of a longer name. */
function isNameCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** A regular file's size, or -1 (gone, a directory, a FIFO: never opened). */
function sizeOf(file: string): number {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : -1;
  } catch {
    return -1;
  }
}

/** An env name as a whole word: `API_KEY` is in `API_KEY=` and `process.env.API_KEY`, not in `CLARIFAI_API_KEY`. */
export function mentionsName(text: string, name: string): boolean {
  return contains(text, name, true);
}
