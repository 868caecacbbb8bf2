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
 * The fewest files worth a worker of their own. A worker costs about 0.7 s of CPU before its first file (node,
 * jscodeshift, the engine and TypeScript) and a candidate 20-40 ms; measured on two busy cores, shares of ~140
 * files were slower than one process and shares of ~530 faster.
 */
const MIN_SHARE = 150;

export interface ProcessOptions {
  transformOptions: TransformOptions & { recordDir: string };
  cpus: number;
  /** Files with values imported from other files; they are migrated here, where those contexts live. */
  contexts: ReadonlyMap<string, CrossFileContext>;
  onProgress?: (done: number) => void;
}

/**
 * Migrates the candidate files, leaving one record per file in `transformOptions.recordDir`. With many, this
 * process takes one share (it has the engine loaded already, and the files that need their cross-file context)
 * and jscodeshift's runner forks a worker for each other share.
 */
export async function processCandidates(candidates: readonly string[], options: ProcessOptions): Promise<void> {
  const portable = candidates.filter((path) => !options.contexts.has(path));
  const shares = Math.min(options.cpus, Math.floor(portable.length / MIN_SHARE));
  if (shares < 2) {
    await migrateInProcess(candidates, options);
    return;
  }
  const [own, ...forked] = Array.from({ length: shares }, (_, s) => portable.filter((_, i) => i % shares === s));
  const pool = migrateInPool(forked, options);
  await migrateInProcess([...options.contexts.keys(), ...own!], options);
  await pool;
}

async function migrateInProcess(candidates: readonly string[], { transformOptions, contexts, onProgress }: ProcessOptions): Promise<void> {
  const migrateOptions = migrateOptionsFrom(transformOptions);
  for (const [i, path] of candidates.entries()) {
    // Between files, let the runner fork its workers and take their messages.
    await new Promise((resolve) => setImmediate(resolve));
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch {
      continue; // A file that vanished since the scan has no record; the CLI reports it as not processed.
    }
    writeRecord(transformOptions.recordDir, path, source, migrateSource(source, path, migrateOptions, contexts.get(path)));
    onProgress?.(i + 1);
  }
}

/**
 * jscodeshift's `Runner.run`, one per share of the candidates. The runner caps its pool at cores − 1 whatever
 * `cpus` says (src/Runner.js `availableCpus`), so one run with `cpus: 2` on a two-core machine would still fork a
 * single worker; one run per share, each with one worker, gives every share its own process.
 */
async function migrateInPool(shares: readonly string[][], { transformOptions }: ProcessOptions): Promise<void> {
  const require = createRequire(import.meta.url);
  const runner = require('jscodeshift/src/Runner.js') as typeof JscodeshiftRunner;
  const transformFile = fileURLToPath(new URL('./transform.js', import.meta.url));
  await Promise.all(
    shares.map((share) =>
      runner.run(transformFile, share, {
        ...transformOptions,
        babel: false,
        dry: true, // the CLI writes, after its git and safety checks
        silent: true,
        cpus: 1,
      }),
    ),
  );
}
