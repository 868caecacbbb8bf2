import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { readRegularFile } from './files/read.js';
import { hashText, type FileRecord } from './records.js';

export type Change = { before: string; after: string } | { error: string };

/**
 * Reads a changed file as it is now and, unless `dry`, replaces it with its new text: only if it is still the
 * text that was migrated, is valid UTF-8 (so decoding did not lose bytes) and is writable. The write goes to a
 * temporary file in the same directory that is renamed over the original, keeping its mode and owner, so the
 * file is either old or new, never half-written.
 */
export async function applyChange(record: FileRecord & { output: string }, dry: boolean): Promise<Change> {
  let bytes: Buffer;
  try {
    // Never blocks, even if a FIFO took the file's place since.
    bytes = readRegularFile(record.path);
  } catch (error) {
    return { error: `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); left unchanged` };
  }
  const before = bytes.toString('utf8');
  if (hashText(before) !== record.sourceHash) return { error: 'changed while the codemod ran; left unchanged' };
  if (!Buffer.from(before, 'utf8').equals(bytes)) return { error: 'not valid UTF-8; left unchanged' };
  const after = record.output;
  if (dry) return { before, after };
  const { mode } = await stat(record.path);
  // Checked by hand: a rename replaces a read-only file without complaint, and root passes access() anyway.
  const writable = (mode & 0o222) !== 0 && (await access(record.path, constants.W_OK).then(() => true, () => false));
  if (!writable) return { error: 'read-only; left unchanged' };
  try {
    await writeFileAtomic(record.path, after);
  } catch (error) {
    return { error: `write failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); left unchanged` };
  }
  return { before, after };
}
