import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrateError, MigrateResult, ReportedFinding } from './migrate-file.js';

/**
 * What processing one candidate file produced, as the CLI reads it back after the run. Workers append records to
 * a directory (one JSON-lines file per process, and the new text of each changed file beside it) so that the
 * parent neither parses jscodeshift's console output nor holds every new text in memory.
 */
export interface FileRecord {
  path: string;
  /** Hash of the text that was migrated, so the CLI never writes over a file that changed since. */
  sourceHash: string;
  changed: boolean;
  findings: ReportedFinding[];
  remaining: number;
  envVars: string[];
  secretRanges: [number, number][];
  error?: MigrateError;
  /** The file that holds the new text, when `changed`. */
  outputFile?: string;
}

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

let written = 0;

export function writeRecord(dir: string, path: string, source: string, result: MigrateResult): void {
  const { output, changed, findings, remaining, envVars, secretRanges, error } = result;
  const record: FileRecord = { path, sourceHash: hashText(source), changed, findings, remaining, envVars, secretRanges };
  if (error) record.error = error;
  if (changed) {
    record.outputFile = join(dir, `${process.pid}-${written++}.out`);
    writeFileSync(record.outputFile, output);
  }
  appendFileSync(join(dir, `${process.pid}.jsonl`), `${JSON.stringify(record)}\n`);
}

export function readRecords(dir: string): FileRecord[] {
  const records: FileRecord[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line) records.push(JSON.parse(line) as FileRecord);
    }
  }
  return records;
}
