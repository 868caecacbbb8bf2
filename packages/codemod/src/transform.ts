import { mightCallClarifai } from '@clarifai-auth/engine';
import type { API, FileInfo } from 'jscodeshift';
import { describeError } from './describe-error.js';
import { migrateFile } from './embedded/migrate-embedded.js';
import { migrateOptionsFrom, type SharedFlags } from './options.js';
import { RECORD_ACTION, toRecord, type RecordMessage } from './records.js';

export interface TransformOptions extends SharedFlags {
  /**
   * Set by the clarifai-codemod CLI in its worker processes: send a record of each file to the parent over the IPC
   * channel (and leave the writing to it).
   */
  sendRecords?: boolean;
}

/**
 * jscodeshift transform (`jscodeshift --no-babel -t clarifai-codemod/dist/transform.js`). It splices the engine's
 * text edits into the source and never reprints through recast, so everything the fixes do not touch stays
 * byte-identical; jscodeshift's own parser and `api.jscodeshift` are not used.
 */
export default function transform(file: FileInfo, api: API, options: TransformOptions = {}): string | undefined {
  if (!mightCallClarifai(file.source)) return undefined;
  const result = migrateFile(file.source, file.path, migrateOptionsFrom(options));
  if (options.sendRecords && process.send) sendRecord({ action: RECORD_ACTION, record: toRecord(file.path, file.source, result) });
  else if (result.error) api.report?.(describeError(result.error));
  if (result.error) return undefined;
  return result.output;
}

let watchingParent = false;

/**
 * A worker of the CLI sends each record to its parent. Once the channel closes (the work is done, or the CLI was
 * stopped) the worker has nothing left to do for anyone: it exits at once instead of migrating the rest of its
 * share for nobody (or crashing on its next message).
 */
function sendRecord(message: RecordMessage): void {
  if (!watchingParent) {
    watchingParent = true;
    process.once('disconnect', () => process.exit());
  }
  if (process.connected) process.send!(message, undefined, undefined, () => {});
}
