import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CrossFileContext } from './cross-file/inline-view.js';
import { readRegularFile } from './files/read.js';
import { migrateSource } from './migrate-file.js';
import { migrateOptionsFrom, type SharedFlags } from './options.js';
import { failedRecord, isRecordMessage, toRecord, type FileRecord } from './records.js';
import type { TransformOptions } from './transform.js';
import { processCount } from './worker-plan.js';

/** Files sent to a worker at a time (as jscodeshift's runner does), so that it never holds a whole share's texts. */
const CHUNK = 50;

export interface ProcessOptions {
  /** `--safe-only` and `--only`, as the transform takes them. */
  flags: SharedFlags;
  /** `--cpus`: how many processes at most; chosen from the candidates and the cores when not given. */
  cpus?: number;
  /** Files with values imported from other files; they are migrated here, where those contexts live. */
  contexts: ReadonlyMap<string, CrossFileContext>;
  /** Called with the number of files migrated so far, here and in the workers. */
  onProgress?: (done: number) => void;
  /**
   * Stops the run: no further file is migrated here, the workers are killed (and waited for), and
   * `processCandidates` rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

export interface Processed {
  /** One per file that was migrated (a file whose worker died has none). */
  records: FileRecord[];
  /** The processes that migrated them: this one and the workers that sent records. */
  processes: number;
}

/**
 * Migrates the candidate files and returns their records. With many, this process takes one share (it has the
 * engine loaded already, and the files that need their cross-file context) and a worker process is forked for each
 * other share. Records stay in memory: the workers send theirs over their IPC channel, so no text is written to disk.
 */
export async function processCandidates(candidates: readonly string[], options: ProcessOptions): Promise<Processed> {
  const records: FileRecord[] = [];
  const portable = candidates.filter((path) => !options.contexts.has(path));
  const shares = processCount(portable.length, options.cpus);
  if (shares < 2) {
    await migrateInProcess(candidates, options, records);
    return { records, processes: 1 };
  }
  const [own, ...forked] = Array.from({ length: shares }, (_, s) => portable.filter((_, i) => i % shares === s));
  const stopWorkers = new AbortController();
  const pool = migrateInPool(forked, options, records, AbortSignal.any([stopWorkers.signal, ...(options.signal ? [options.signal] : [])]));
  let workers: number;
  try {
    await migrateInProcess([...options.contexts.keys(), ...own!], options, records);
  } catch (error) {
    stopWorkers.abort();
    throw error;
  } finally {
    // Never return (or let the CLI exit) while a worker still runs.
    workers = await pool;
  }
  options.signal?.throwIfAborted();
  return { records, processes: 1 + workers };
}

async function migrateInProcess(candidates: readonly string[], { flags, contexts, onProgress, signal }: ProcessOptions, records: FileRecord[]): Promise<void> {
  const migrateOptions = migrateOptionsFrom(flags);
  for (const path of candidates) {
    // Between files, let the workers' messages (and signals) in.
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    let source: string;
    try {
      source = readRegularFile(path).toString('utf8');
    } catch (error) {
      // It changed since the scan: report why, leave it alone.
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      records.push(failedRecord(path, `unreadable (${reason}); left unchanged`));
      continue;
    }
    records.push(toRecord(path, source, migrateSource(source, path, migrateOptions, contexts.get(path))));
    onProgress?.(records.length);
  }
}

/**
 * One worker process per share, each running jscodeshift's worker (`jscodeshift/src/Worker.js`, which loads this
 * package's transform) over its share in chunks, and sending a record of every file back. When `signal` aborts,
 * the workers are killed; the promise settles once every worker has exited, with the number that sent records.
 */
async function migrateInPool(shares: readonly string[][], { flags, onProgress }: ProcessOptions, records: FileRecord[], signal: AbortSignal): Promise<number> {
  const require = createRequire(import.meta.url);
  const workerFile = require.resolve('jscodeshift/src/Worker.js');
  const transformFile = fileURLToPath(new URL('./transform.js', import.meta.url));
  const options: TransformOptions & Record<string, unknown> = {
    ...flags,
    sendRecords: true,
    babel: false,
    dry: true, // the CLI writes, after its git and safety checks
    silent: true,
  };
  const sent = await Promise.all(
    shares.map(
      (share) =>
        new Promise<boolean>((resolve) => {
          if (signal.aborted) return resolve(false);
          let recorded = false;
          // The worker's stdout goes to stderr: nothing but the report may reach stdout (--json).
          const child = fork(workerFile, [transformFile, 'no-babel'], { stdio: ['ignore', 2, 'inherit', 'ipc'] });
          let next = 0;
          const sendChunk = () => {
            const files = share.slice(next, (next += CHUNK));
            // An empty chunk tells the worker it is done: it disconnects and exits.
            child.send({ files, options }, undefined, undefined, () => {});
          };
          const stop = () => child.kill('SIGTERM');
          const done = () => {
            signal.removeEventListener('abort', stop);
            resolve(recorded);
          };
          child.on('message', (message: unknown) => {
            if (isRecordMessage(message)) {
              recorded = true;
              records.push(message.record);
              onProgress?.(records.length);
            } else if ((message as { action?: unknown } | null)?.action === 'free' && !signal.aborted) {
              sendChunk();
            }
          });
          child.once('error', done); // it could not be started: its files have no record
          child.once('exit', done);
          signal.addEventListener('abort', stop, { once: true });
          sendChunk();
        }),
    ),
  );
  return sent.filter(Boolean).length;
}
