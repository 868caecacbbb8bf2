import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as JscodeshiftRunner from 'jscodeshift/src/Runner.js';
import type { CrossFileContext } from './cross-file/inline-view.js';
import { migrateSource } from './migrate-file.js';
import { migrateOptionsFrom } from './options.js';
import { writeRecord } from './records.js';
import type { TransformOptions } from './transform.js';

/**
 * Below this many candidates a worker pool costs more (forking, loading the parser in every worker) than it
 * saves, so they are migrated in this process.
 */
export const POOL_THRESHOLD = 40;

export interface ProcessOptions {
  transformOptions: TransformOptions & { recordDir: string };
  cpus: number;
  /** Files with values imported from other files; they are migrated here, where those contexts live. */
  contexts: ReadonlyMap<string, CrossFileContext>;
  onProgress?: (done: number) => void;
}

/** Migrates the candidate files, leaving one record per file in `transformOptions.recordDir`. */
export async function processCandidates(candidates: readonly string[], options: ProcessOptions): Promise<void> {
  const pooled = candidates.filter((path) => !options.contexts.has(path));
  if (options.cpus <= 1 || pooled.length < POOL_THRESHOLD) {
    migrateInProcess(candidates, options);
    return;
  }
  // The pool works while this process migrates the files that need their cross-file context.
  const pool = migrateInPool(pooled, options);
  migrateInProcess([...options.contexts.keys()], options);
  await pool;
}

function migrateInProcess(candidates: readonly string[], { transformOptions, contexts, onProgress }: ProcessOptions): void {
  const migrateOptions = migrateOptionsFrom(transformOptions);
  candidates.forEach((path, i) => {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      return; // A file that vanished since the scan has no record; the CLI reports it as not processed.
    }
    writeRecord(transformOptions.recordDir, path, source, migrateSource(source, path, migrateOptions, contexts.get(path)));
    onProgress?.(i + 1);
  });
}

/**
 * jscodeshift's `Runner.run` over the candidates only. The runner caps its pool at cores − 1 whatever `cpus`
 * says (src/Runner.js `availableCpus`), which leaves one of two cores idle while this process waits; so the
 * candidates are split into one slice per worker and each slice gets its own `Runner.run` with one worker.
 */
async function migrateInPool(candidates: readonly string[], { transformOptions, cpus }: ProcessOptions): Promise<void> {
  const require = createRequire(import.meta.url);
  const runner = require('jscodeshift/src/Runner.js') as typeof JscodeshiftRunner;
  const transformFile = fileURLToPath(new URL('./transform.js', import.meta.url));
  const workers = Math.min(cpus, Math.ceil(candidates.length / (POOL_THRESHOLD / 2)));
  const slices = Array.from({ length: workers }, (_, w) => candidates.filter((_, i) => i % workers === w));
  await Promise.all(
    slices.map((slice) =>
      runner.run(transformFile, slice, {
        ...transformOptions,
        babel: false,
        dry: true, // the CLI writes, after its git and safety checks
        silent: true,
        cpus: 1,
      }),
    ),
  );
}
