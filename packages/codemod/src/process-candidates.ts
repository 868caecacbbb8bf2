import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { migratePath } from './migrate-path.js';
import { migrateOptionsFrom, type SharedFlags } from './options.js';
import { FREE_ACTION, isRecordMessage, type ChunkMessage, type FileRecord } from './records.js';
import { processCount } from './worker-plan.js';

/** Files sent to a worker at a time, so that it never holds a whole share's texts. */
const CHUNK = 50;

export interface ProcessOptions {
  /** `--safe-only` and `--only`, as the transform takes them. */
  flags: SharedFlags;
  /** `--cpus`: how many processes at most; chosen from the candidates and the cores when not given. */
  cpus?: number;
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
 * engine loaded already) and a worker process is forked for each
 * other share. Records stay in memory: the workers send theirs over their IPC channel, so no text is written to disk.
 */
export async function processCandidates(candidates: readonly string[], options: ProcessOptions): Promise<Processed> {
  const records: FileRecord[] = [];
  const shares = processCount(candidates.length, options.cpus);
  if (shares < 2) {
    await migrateInProcess(candidates, options, records);
    return { records, processes: 1 };
  }
  const [own, ...forked] = Array.from({ length: shares }, (_, s) => candidates.filter((_, i) => i % shares === s));
  const stopWorkers = new AbortController();
  const pool = migrateInPool(forked, options, records, AbortSignal.any([stopWorkers.signal, ...(options.signal ? [options.signal] : [])]));
  let workers: number;
  try {
    await migrateInProcess(own!, options, records);
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

async function migrateInProcess(candidates: readonly string[], { flags, onProgress, signal }: ProcessOptions, records: FileRecord[]): Promise<void> {
  const migrateOptions = migrateOptionsFrom(flags);
  for (const path of candidates) {
    // Between files, let the workers' messages (and signals) in.
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    records.push(migratePath(path, migrateOptions));
    onProgress?.(records.length);
  }
}

/**
 * One worker process per share (worker.ts), each migrating its share in chunks and sending a record of every file
 * back; the writing stays with the CLI, after its git and safety checks. When `signal` aborts, the workers are
 * killed; the promise settles once every worker has exited, with the number that sent records.
 */
async function migrateInPool(shares: readonly string[][], { flags, onProgress }: ProcessOptions, records: FileRecord[], signal: AbortSignal): Promise<number> {
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  const sent = await Promise.all(
    shares.map(
      (share) =>
        new Promise<boolean>((resolve) => {
          if (signal.aborted) return resolve(false);
          let recorded = false;
          // The worker's stdout goes to stderr: nothing but the report may reach stdout (--json).
          const child = fork(workerFile, [], { stdio: ['ignore', 2, 'inherit', 'ipc'] });
          let next = 0;
          const sendChunk = () => {
            const chunk: ChunkMessage = { files: share.slice(next, (next += CHUNK)), flags };
            // An empty chunk tells the worker it is done: it disconnects and exits.
            child.send(chunk, undefined, undefined, () => {});
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
            } else if ((message as { action?: unknown } | null)?.action === FREE_ACTION && !signal.aborted) {
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
