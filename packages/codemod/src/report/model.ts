import type { ReportedFinding } from '../migrate-file.js';

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
  error?: string;
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
  skippedTooLarge: number;
  findings: number;
  fixed: number;
  seconds: number;
  envVarsToSet: string[];
  rotateKeysIn: string[];
}

export interface Report {
  files: FileReport[];
  summary: Summary;
}

export function summarize(
  files: readonly FileReport[],
  counts: { dryRun: boolean; filesScanned: number; candidates: number; skippedTooLarge: number; seconds: number },
): Summary {
  const findings = files.flatMap((f) => f.findings);
  return {
    ...counts,
    filesWithFindings: files.filter((f) => f.findings.length > 0).length,
    changed: files.filter((f) => f.changed).length,
    leftForHuman: files.filter((f) => f.leftForHuman).length,
    failed: files.filter((f) => f.error !== undefined).length,
    findings: findings.length,
    fixed: findings.filter((f) => f.fixed).length,
    envVarsToSet: [...new Set(files.flatMap((f) => (f.changed ? f.envVars : [])))].sort(),
    rotateKeysIn: files.filter((f) => f.hardcodedSecret).map((f) => f.file),
  };
}
