import type { MigrateResult, ReportedFinding, SkippedRegion } from '../migrate-file.js';
import type { DroppedEnvName } from './elsewhere.js';

/** One file in the report; `file` is relative to the working directory, with forward slashes. */
export interface FileReport {
  file: string;
  findings: ReportedFinding[];
  changed: boolean;
  /** The (new) text still has findings: someone has to look at it. */
  leftForHuman: boolean;
  /** Environment variables the applied fixes read. */
  envVars: string[];
  /** Where the file runs, as the project layer found it (its framework, and where its env vars are set). */
  runtime?: MigrateResult['runtime'];
  /** A Clarifai key or PAT was written in this file: whether the run took it out of the source. */
  hardcodedSecret?: 'removed' | 'still in source';
  /** Other tracked files (relative to the project root) that hold the same secret value; never the value. */
  secretAlsoIn?: string[];
  error?: string;
  /**
   * Why the file was not read at all: "larger than 1 MB (5.0 MB)", "not a regular file (a FIFO)". A
   * file found in a directory is only named; one named on the command line also has an `error` (it counts as failed).
   */
  skipped?: string;
  /** Script blocks of a component, page or Markdown file that were left as they are (a docs fragment), and why. */
  skippedBlocks?: SkippedRegion[];
  diff?: string;
}

export interface Summary {
  dryRun: boolean;
  filesScanned: number;
  candidates: number;
  filesWithFindings: number;
  changed: number;
  leftForHuman: number;
  failed: number;
  /** Files not read at all (each is listed with its reason). */
  skipped: number;
  /** Of those, the files over 1 MB. */
  skippedTooLarge: number;
  findings: number;
  fixed: number;
  seconds: number;
  envVarsToSet: string[];
  /** The same variables by where they are set: one entry per runtime (Node, Vite, a Next.js client component, ...). */
  envVarsWhere: EnvVarsWhere[];
  rotateKeysIn: string[];
  /** Env names the migrated code no longer reads, and where the project still mentions them. */
  droppedEnvNames: DroppedEnvName[];
  /** Files whose browser code sends a PAT, or will once migrated (no-pat-in-browser): anyone who loads the page can read it. */
  patInBrowser: string[];
}

export interface EnvVarsWhere {
  framework: string;
  /** Where to set them for that framework (`.env` with the prefix, read at build time). */
  setIn: string;
  vars: string[];
  files: string[];
}

export interface Report {
  files: FileReport[];
  summary: Summary;
}

export function summarize(
  files: readonly FileReport[],
  counts: { dryRun: boolean; filesScanned: number; candidates: number; skippedTooLarge: number; seconds: number },
  droppedEnvNames: DroppedEnvName[] = [],
): Summary {
  const findings = files.flatMap((f) => f.findings);
  return {
    ...counts,
    filesWithFindings: files.filter((f) => f.findings.length > 0).length,
    changed: files.filter((f) => f.changed).length,
    leftForHuman: files.filter((f) => f.leftForHuman).length,
    failed: files.filter((f) => f.error !== undefined).length,
    skipped: files.filter((f) => f.skipped !== undefined).length,
    findings: findings.length,
    fixed: findings.filter((f) => f.fixed).length,
    envVarsToSet: [...new Set(files.flatMap((f) => (f.changed ? f.envVars : [])))].sort(),
    envVarsWhere: envVarsWhere(files),
    rotateKeysIn: files.filter((f) => f.hardcodedSecret).map((f) => f.file),
    patInBrowser: files.filter((f) => f.findings.some((x) => x.ruleId === 'no-pat-in-browser')).map((f) => f.file),
    droppedEnvNames,
  };
}

/** The variables to set, grouped by where each framework reads them. */
function envVarsWhere(files: readonly FileReport[]): EnvVarsWhere[] {
  const groups = new Map<string, EnvVarsWhere>();
  for (const f of files) {
    if (!f.changed || f.envVars.length === 0 || !f.runtime) continue;
    const { framework, setIn } = f.runtime;
    const group = groups.get(framework) ?? { framework, setIn, vars: [], files: [] };
    group.vars = [...new Set([...group.vars, ...f.envVars])].sort();
    group.files.push(f.file);
    groups.set(framework, group);
  }
  return [...groups.values()].sort((a, b) => a.framework.localeCompare(b.framework));
}
