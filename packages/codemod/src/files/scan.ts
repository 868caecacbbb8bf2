import { open } from 'node:fs/promises';
import { mightCallClarifai } from '@clarifai-auth/engine';

export const MAX_BYTES = 1024 * 1024;
const READ_CONCURRENCY = 32;

export interface ScanResult {
  scanned: number;
  /** Files the cheap filter kept: only these are parsed. */
  candidates: string[];
  /** Files over the size limit, skipped unread. */
  tooLarge: string[];
  unreadable: { path: string; message: string }[];
}

/**
 * Reads every file once, in this process, and keeps only those that can call Clarifai. This is the filter that
 * keeps parsing (and the worker pool's start-up and per-file messaging) off the ~98% of files that cannot matter.
 * No text is kept: each is dropped as soon as it has been tested.
 */
export async function scanFiles(
  files: AsyncIterable<string>,
  onFile: (scanned: number, candidates: number) => void = () => {},
): Promise<ScanResult> {
  const result: ScanResult = { scanned: 0, candidates: [], tooLarge: [], unreadable: [] };
  const running = new Set<Promise<void>>();
  for await (const path of files) {
    const task = testFile(path, result).then(() => {
      running.delete(task);
      onFile(result.scanned, result.candidates.length);
    });
    running.add(task);
    if (running.size >= READ_CONCURRENCY) await Promise.race(running);
  }
  await Promise.all(running);
  result.candidates.sort();
  return result;
}

async function testFile(path: string, result: ScanResult): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > MAX_BYTES) {
      result.tooLarge.push(path);
      return;
    }
    const text = await handle.readFile('utf8');
    result.scanned++;
    if (mightCallClarifai(text)) result.candidates.push(path);
  } catch (error) {
    result.unreadable.push({ path, message: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    await handle?.close();
  }
}
