import { closeSync, constants, fstatSync, openSync, readSync, type Dirent, type Stats } from 'node:fs';

/** Files over this size are not read while walking a directory, nor migrated when named. */
export const MAX_BYTES = 1024 * 1024;

/**
 * Opening a FIFO for reading blocks until a writer comes, and a device may never end: a path is opened without
 * blocking (and without becoming the controlling terminal), then read only if it is a regular file. Windows lacks
 * these flags, and has no FIFOs to block on.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Why a path was not read: not a regular file, or over the size limit. The message is the reason for a report. */
export class SkippedFile extends Error {
  constructor(
    message: string,
    readonly kind: 'not-regular' | 'too-large',
  ) {
    super(message);
  }
}

/** What a file system entry is, for a message ("a FIFO"), or `undefined` for a regular file. */
export function notRegular(entry: Stats | Dirent): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isDirectory()) return 'a directory';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

export function notRegularReason(what: string): string {
  return `not a regular file (${what})`;
}

export function tooLargeReason(size: number): string {
  return `larger than 1 MB (${(size / (1024 * 1024)).toFixed(1)} MB)`;
}

/**
 * The bytes of a regular file of at most `maxBytes`, read in this thread without ever blocking on a FIFO or a
 * device. Throws `SkippedFile` for anything else, and the file system's error (with its `code`) when it cannot be
 * opened or read.
 */
export function readRegularFile(path: string, maxBytes = Infinity): Buffer {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    const what = notRegular(stats);
    if (what) throw new SkippedFile(notRegularReason(what), 'not-regular');
    if (stats.size > maxBytes) throw new SkippedFile(tooLargeReason(stats.size), 'too-large');
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, bytes, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === stats.size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
