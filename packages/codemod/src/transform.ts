import { mightCallClarifai } from '@clarifai-auth/engine';
import { describeError } from './describe-error.js';
import { migrateFile } from './embedded/migrate-embedded.js';
import { migrateOptionsFrom, type SharedFlags } from './options.js';

/**
 * What jscodeshift passes a transform, reduced to what this one reads: declared here so that the transform's types
 * resolve without jscodeshift's (jscodeshift is only an optional peer dependency).
 */
export interface FileInfo {
  path: string;
  source: string;
}

export interface API {
  report?: (message: string) => void;
}

/** `--safe-only=true` and `--only=<rule,...>` on jscodeshift's command line. */
export type TransformOptions = SharedFlags;

/**
 * jscodeshift transform (`jscodeshift --no-babel -t clarifai-codemod/dist/transform.js`). It splices the engine's
 * text edits into the source and never reprints through recast, so everything the fixes do not touch stays
 * byte-identical; jscodeshift's own parser and `api.jscodeshift` are not used.
 */
export default function transform(file: FileInfo, api: API, options: TransformOptions = {}): string | undefined {
  if (!mightCallClarifai(file.source)) return undefined;
  const result = migrateFile(file.source, file.path, migrateOptionsFrom(options));
  if (result.error) {
    api.report?.(describeError(result.error));
    return undefined;
  }
  return result.output;
}
