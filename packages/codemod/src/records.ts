import { createHash } from 'node:crypto';
import type { MigrateResult } from './migrate-file.js';
import type { SharedFlags } from './options.js';

/**
 * What processing one candidate file produced, as the CLI uses it after the run. Records stay in memory: the ones
 * of worker processes come over their IPC channel, so no copy of any file's text is ever written anywhere but
 * to the file itself.
 */
export interface FileRecord extends Omit<MigrateResult, 'output'> {
  path: string;
  /** Hash of the text that was migrated, so the CLI never writes over a file that changed since. */
  sourceHash: string;
  /** The new text, when `changed`. */
  output?: string;
}

/** The record of a candidate that could not be migrated at all (it vanished, could not be read, its worker died). */
export function failedRecord(path: string, message: string): FileRecord {
  return {
    path,
    sourceHash: '',
    changed: false,
    findings: [],
    remaining: 0,
    envVars: [],
    secretRanges: [],
    error: { kind: 'internal', message },
  };
}

/** The message a worker sends its parent for each file (see worker.ts). */
export interface RecordMessage {
  action: typeof RECORD_ACTION;
  record: FileRecord;
}

export const RECORD_ACTION = 'clarifai-codemod:record';
/** A worker's request for its next chunk of files. */
export const FREE_ACTION = 'free';

/** What the CLI sends a worker: files to migrate with these flags; no files means the work is done. */
export interface ChunkMessage {
  files: string[];
  flags: SharedFlags;
}

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function toRecord(path: string, source: string, result: MigrateResult): FileRecord {
  const { output, changed, findings, remaining, envVars, envReads, secretRanges, error, runtime, skippedRegions } = result;
  const record: FileRecord = { path, sourceHash: hashText(source), changed, findings, remaining, envVars, secretRanges };
  if (envReads) record.envReads = envReads;
  if (error) record.error = error;
  if (runtime) record.runtime = runtime;
  if (skippedRegions) record.skippedRegions = skippedRegions;
  if (changed) record.output = output;
  return record;
}

export function isRecordMessage(message: unknown): message is RecordMessage {
  return typeof message === 'object' && message !== null && (message as { action?: unknown }).action === RECORD_ACTION;
}
