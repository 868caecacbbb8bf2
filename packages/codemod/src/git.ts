import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

const tops = new Map<string, string | undefined>();

/** The top of the git work tree that holds `dir` (the nearest directory with a `.git` entry), if any. */
export function gitTopOf(dir: string): string | undefined {
  if (tops.has(dir)) return tops.get(dir);
  const top = existsSync(join(dir, '.git')) ? dir : dirname(dir) === dir ? undefined : gitTopOf(dirname(dir));
  tops.set(dir, top);
  return top;
}

type GitCheck = { clean: true } | { clean: false; dirty: string[] } | { clean: false; problem: string };

/**
 * Whether `files` (absolute paths) can be rewritten without losing uncommitted work: none of them is modified,
 * staged or untracked in its git work tree. Files outside any work tree count as clean, as in react-codemod.
 */
export async function checkGitStatus(files: readonly string[]): Promise<GitCheck> {
  const byTop = new Map<string, string[]>();
  for (const file of files) {
    const top = gitTopOf(dirname(file));
    if (top) byTop.set(top, [...(byTop.get(top) ?? []), file]);
  }
  const dirty: string[] = [];
  for (const [top, inTree] of byTop) {
    let changed: Set<string>;
    try {
      changed = await changedPaths(top);
    } catch (error) {
      const message = String((error as { stderr?: string }).stderr || (error as Error).message).trim();
      if (/not a git repository/i.test(message)) continue;
      return { clean: false, problem: `could not read the git status of ${top}: ${message.split('\n')[0]}` };
    }
    for (const file of inTree) if (changed.has(relative(top, file).split(sep).join('/'))) dirty.push(file);
  }
  return dirty.length > 0 ? { clean: false, dirty } : { clean: true };
}

/** Paths (relative to `top`) that `git status` lists: modified, staged, renamed, untracked. */
async function changedPaths(top: string): Promise<Set<string>> {
  const { stdout } = await promisify(execFile)(
    'git',
    ['-C', top, 'status', '--porcelain=v1', '-z', '--untracked-files=all'],
    { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
  );
  const paths = new Set<string>();
  const entries = stdout.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    paths.add(entry.slice(3));
    // A rename or copy is followed by its source path.
    if (entry[0] === 'R' || entry[0] === 'C') paths.add(entries[++i]!);
  }
  return paths;
}
