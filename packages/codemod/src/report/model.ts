import type { ReportedFinding } from '../migrate-file.js';
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
  rotateKeysIn: string[];
  /** Env names the migrated code no longer reads, and where the project still mentions them. */
  droppedEnvNames: DroppedEnvName[];
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
    rotateKeysIn: files.filter((f) => f.hardcodedSecret).map((f) => f.file),
    droppedEnvNames,
  };
}
