import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { gitTopOf } from '../git.js';

/** Why a file found in a directory was not followed: a walk never writes through a link. */
export const SYMLINK_SKIPPED = 'a symbolic link: not followed (writing through it would change the file it points to)';

/**
 * Paths named on the command line that are symbolic links to a file outside the work tree the link lives in (its
 * git work tree, else the working directory): writing through one changes a file no one asked to change, and no
 * git check covers it. Each comes with the file it points to.
 */
export async function linksOutsideWorkTree(paths: readonly string[], cwd: string): Promise<{ path: string; target: string }[]> {
  const found: { path: string; target: string }[] = [];
  for (const p of paths) {
    const path = resolve(cwd, p);
    const isLink = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
    if (!isLink) continue;
    const target = await realpath(path).catch(() => undefined);
    if (!target) continue;
    const tree = await realpath(gitTopOf(dirname(path)) ?? cwd).catch(() => cwd);
    const rel = relative(tree, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) found.push({ path: p, target });
  }
  return found;
}

export function symlinkRefusal(links: readonly { path: string; target: string }[]): string {
  const list = links.map(({ path, target }) => `  ${path} -> ${target}`).join('\n');
  return (
    `clarifai-codemod: refusing to write through symbolic links that point outside the work tree:\n${list}\n` +
    'Writing there would change files outside what was asked, which no git check covers. Name the target itself, ' +
    'preview with --dry, or pass --force to write anyway.\n'
  );
}
