import type { MigrateError } from './migrate-file.js';

/** One line for a file the codemod could not migrate, without any of the file's text. */
export function describeError(error: MigrateError, file?: string): string {
  const where = file ? `${file}: ` : '';
  return error.kind === 'parse' ? `failed to parse: ${where}${error.message}` : `${where}${error.message}`;
}
