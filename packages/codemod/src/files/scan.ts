import { performance } from 'node:perf_hooks';
import { mightCallClarifai } from '@clarifai-auth/engine';
import { MAX_BYTES, readRegularFile, SkippedFile } from './read.js';

/** A path to scan: `named` on the command line, or found by the walk; `skipped` when already known unreadable. */
export interface ScanTarget {
  path: string;
  named: boolean;
  skipped?: string;
}

/** A file that was not read, and why ("larger than 1 MB (5.0 MB)", "not a regular file (a FIFO)"). */
export interface SkippedFileEntry {
  path: string;
  reason: string;
  named: boolean;
  tooLarge: boolean;
}

export interface ScanResult {
  scanned: number;
  /** Files the cheap filter kept: only these are parsed. */
  candidates: string[];
  /** Files over the size limit or not regular files, never read. */
  skipped: SkippedFileEntry[];
  unreadable: { path: string; message: string }[];
}

/** How long the scan runs between two turns of the event loop (so that Ctrl-C is heard during a long scan). */
const SLICE_MS = 50;

/**
 * Reads every file once, in this process, and keeps only those that can call Clarifai. This is the filter that
 * keeps parsing (and the worker pool's start-up and per-file messaging) off the ~98% of files that cannot matter.
 * Reads are synchronous, one file at a time: several times faster here than promise-based reads through the
 * thread pool, and no text outlives its test. Every few dozen milliseconds the scan lets the event loop turn, and
 * stops (throwing the signal's reason) once `signal` is aborted.
 */
export async function scanFiles(
  files: Iterable<ScanTarget>,
  onFile: (scanned: number, candidates: number) => void = () => {},
  signal?: AbortSignal,
): Promise<ScanResult> {
  const result: ScanResult = { scanned: 0, candidates: [], skipped: [], unreadable: [] };
  let sliceStarted = performance.now();
  for (const target of files) {
    testFile(target, result);
    onFile(result.scanned, result.candidates.length);
    if (performance.now() - sliceStarted > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
      sliceStarted = performance.now();
    }
  }
  signal?.throwIfAborted();
  result.candidates.sort();
  return result;
}

function testFile({ path, named, skipped }: ScanTarget, result: ScanResult): void {
  if (skipped) {
    result.skipped.push({ path, reason: skipped, named, tooLarge: false });
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, MAX_BYTES);
  } catch (error) {
    if (error instanceof SkippedFile) result.skipped.push({ path, reason: error.message, named, tooLarge: error.kind === 'too-large' });
    else result.unreadable.push({ path, message: (error as NodeJS.ErrnoException).code ?? String(error) });
    return;
  }
  result.scanned++;
  if (mightCallClarifai(bytes.toString('utf8'))) result.candidates.push(path);
}
