import { migrateFile } from './embedded/migrate-embedded.js';
import { readRegularFile } from './files/read.js';
import type { MigrateOptions } from './migrate-file.js';
import { failedRecord, toRecord, type FileRecord } from './records.js';

/** Reads one candidate (only while it is still a regular file) and migrates it into its record. */
export function migratePath(path: string, options: MigrateOptions): FileRecord {
  let source: string;
  try {
    source = readRegularFile(path).toString('utf8');
  } catch (error) {
    // It changed since the scan: report why, leave it alone.
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return failedRecord(path, `unreadable (${reason}); left unchanged`);
  }
  return toRecord(path, source, migrateFile(source, path, options));
}
