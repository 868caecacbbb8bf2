import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { filesMentioning, mentionsName, projectOf, trackedFiles } from '@clarifai-auth/project';
import type { FileRecord } from '../records.js';
import { envReadsAfterRun } from './env-reads-after.js';

/** An env name the migration stops reading, and where the project still requires or documents it. */
export interface DroppedEnvName {
  name: string;
  /** The names the migrated code reads instead. */
  replacedBy: string[];
  /** Tracked files (relative to the working directory) that still mention it: compose files, templates, docs, code. */
  stillMentionedIn: string[];
  /** Env templates that gained the new names next to this one (would gain, in a dry run). */
  templatesUpdated: string[];
}

/** What the migration leaves behind in the rest of the project. */
export interface Elsewhere {
  /** The project searched (the package the named paths belong to); the paths below are relative to the working directory. */
  root: string;
  droppedEnvNames: DroppedEnvName[];
  /** Per migrated file (absolute path), the other tracked files that hold the exact secret removed from it. */
  secretAlsoIn: Map<string, string[]>;
}

const TEMPLATE = /^\.env\.(example|sample|template|dist|defaults)$|\.env\.example$/;
const TOKEN = /[A-Za-z0-9_\-.]{20,}/g;

/**
 * Follows the migration through the project: env names it stops reading (with the names that replace them: the
 * engine's reads of each file before and after, `FileRecord.envReads`) and secrets it removed, searched for in every
 * tracked file. With `write`, env templates gain the new names.
 */
export async function followThrough(records: readonly FileRecord[], cwd: string, paths: readonly string[], write: boolean): Promise<Elsewhere> {
  const root = projectOf(paths);
  // Named as the rest of the report names files: relative to the working directory.
  const shown = (file: string) => relative(cwd, join(root, file)).split(sep).join('/');
  const dropped = new Map<string, Set<string>>();
  const secrets = new Map<string, string[]>();
  for (const record of records) {
    if (!record.changed || record.error || record.output === undefined) continue;
    const { before: old, after: now } = record.envReads ?? { before: [], after: [] };
    const added = now.filter((n) => !old.includes(n));
    for (const name of old) if (!now.includes(name)) dropped.set(name, new Set([...(dropped.get(name) ?? []), ...added]));
    if (record.secretRanges.length === 0) continue;
    const before = await readFile(record.path, 'utf8');
    const values = record.secretRanges.flatMap(([s, e]) => before.slice(s, e).match(TOKEN) ?? []);
    if (values.length > 0) secrets.set(record.path, values);
  }
  if (dropped.size === 0 && secrets.size === 0) return { root, droppedEnvNames: [], secretAlsoIn: new Map() };
  const files = await trackedFiles(root);
  // The project as the migration leaves it: migrated files are searched in their new text.
  const texts = new Map(records.flatMap((r) => (r.changed && !r.error && r.output !== undefined ? [[r.path, r.output] as const] : [])));
  const names = [...dropped.keys()];
  const values = [...new Set([...secrets.values()].flat())];
  const mentions = filesMentioning(root, files, [...names.map((needle) => ({ needle, wholeName: true })), ...values.map((needle) => ({ needle }))], texts);
  const byName = new Map(names.map((name, i) => [name, mentions[i]!]));
  const byValue = new Map(values.map((value, i) => [value, mentions[names.length + i]!]));
  const droppedEnvNames: DroppedEnvName[] = [];
  // A migrated file's reads after the run are in its record; only the others are parsed.
  const readsAfter = new Map(records.flatMap((r) => (r.envReads ? [[r.path, r.envReads.after] as const] : [])));
  const readsOf = memoized((file: string) => readsAfter.get(join(root, file)) ?? envReadsAfterRun(join(root, file)));
  for (const [name, replacements] of [...dropped].sort(([a], [b]) => a.localeCompare(b))) {
    const stillMentionedIn = byName.get(name)!;
    // Other code still reads it (a key moved out of source into it, a file the run leaves as it is): still needed.
    if (stillMentionedIn.some((file) => readsOf(file).includes(name))) continue;
    const replacedBy = [...replacements].sort();
    const templates = stillMentionedIn.filter((f) => TEMPLATE.test(basename(f)));
    const templatesUpdated: string[] = [];
    for (const template of templates) if (await addNextTo(join(root, template), name, replacedBy, write)) templatesUpdated.push(template);
    droppedEnvNames.push({ name, replacedBy, stillMentionedIn: stillMentionedIn.map(shown), templatesUpdated: templatesUpdated.map(shown) });
  }
  const secretAlsoIn = new Map<string, string[]>();
  // Files the run found the secret in themselves are already listed to rotate: name only the others (dist/, caches).
  const inSource = new Set([...secrets.keys()].map((path) => relative(root, path).split(sep).join('/')));
  for (const [path, values] of secrets) {
    const holders = [...new Set(values.flatMap((v) => byValue.get(v) ?? []))].filter((f) => !inSource.has(f)).sort();
    if (holders.length > 0) secretAlsoIn.set(path, holders.map(shown));
  }
  return { root, droppedEnvNames, secretAlsoIn };
}

function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/** Adds `NEW=` lines under the template's `OLD=` line for the new names it lacks; whether it would change. */
async function addNextTo(path: string, old: string, names: readonly string[], write: boolean): Promise<boolean> {
  const text = await readFile(path, 'utf8');
  const missing = names.filter((n) => !mentionsName(text, n));
  const line = new RegExp(`^(?:export\\s+)?${old}=.*$`, 'm').exec(text);
  if (missing.length === 0 || !line) return false;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const at = line.index + line[0].length;
  if (write) await writeFile(path, text.slice(0, at) + missing.map((n) => `${newline}${n}=`).join('') + text.slice(at));
  return true;
}
