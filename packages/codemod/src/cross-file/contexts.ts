import { readFile } from 'node:fs/promises';
import type { CrossFileContext } from './inline-view.js';

/** An `import ... from './x'` (not `import type`) or `... = require('./x')`: a value from a file of the project. */
const RELATIVE_VALUE_IMPORT = /(?:^|[\s;])import\s+(?!type\b)[^;]*?\bfrom\s*['"]\.\.?\/|=\s*require\s*\(\s*['"]\.\.?\//;

/**
 * The cross-file contexts of the candidates. ts-morph (which brings its own TypeScript) is loaded only when some
 * candidate imports a value from another file of the project at all.
 */
export async function crossFileContexts(
  candidates: readonly string[],
  display: (path: string) => string,
): Promise<Map<string, CrossFileContext>> {
  const importing: string[] = [];
  for (const path of candidates) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (RELATIVE_VALUE_IMPORT.test(text)) importing.push(path);
  }
  if (importing.length === 0) return new Map();
  const { contextsFor } = await import('./resolve.js');
  return contextsFor(importing, display);
}
