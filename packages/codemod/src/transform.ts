import { mightCallClarifai } from '@clarifai-auth/engine';
import type { API, FileInfo } from 'jscodeshift';
import { describeError } from './describe-error.js';
import { migrateSource } from './migrate-file.js';
import { migrateOptionsFrom, type SharedFlags } from './options.js';
import { writeRecord } from './records.js';

export interface TransformOptions extends SharedFlags {
  /** Set by the clarifai-codemod CLI: where to leave a record of each file for it to read after the run. */
  recordDir?: string;
}

/**
 * jscodeshift transform (`jscodeshift --no-babel -t clarifai-codemod/dist/transform.js`). It splices the engine's
 * text edits into the source and never reprints through recast, so everything the fixes do not touch stays
 * byte-identical; jscodeshift's own parser and `api.jscodeshift` are not used.
 */
export default function transform(file: FileInfo, api: API, options: TransformOptions = {}): string | undefined {
  if (!mightCallClarifai(file.source)) return undefined;
  const result = migrateSource(file.source, file.path, migrateOptionsFrom(options));
  if (options.recordDir) writeRecord(options.recordDir, file.path, file.source, result);
  else if (result.error) api.report?.(describeError(result.error));
  if (result.error) return undefined;
  return result.output;
}
