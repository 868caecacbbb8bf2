import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CrossFileContext } from './inline-view.js';

/** `import ... from './x'` (not `import type`) or `= require('./x')`: a value from another file of the project. */
const RELATIVE_VALUE_IMPORT = /(?:^|[\s;])import\s+(?!type\b)[^;]*?\bfrom\s*['"](\.\.?\/[^'"]+)['"]|=\s*require\s*\(\s*['"](\.\.?\/[^'"]+)['"]/g;
const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mts', '.cts', '.mjs', '.cjs'];
const COMPILED_TO_SOURCE: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/**
 * The cross-file contexts of the candidates that import a value from another candidate: a module that holds
 * Clarifai credentials, ids or a client mentions Clarifai itself, so it passed the same cheap filter. Only then is
 * ts-morph (which brings its own TypeScript) loaded to read those imports properly.
 */
export async function crossFileContexts(
  candidates: readonly string[],
  display: (path: string) => string,
): Promise<Map<string, CrossFileContext>> {
  const known = new Set(candidates);
  const importing: string[] = [];
  for (const path of candidates) {
    const text = await readFile(path, 'utf8').catch(() => '');
    for (const [, fromImport, fromRequire] of text.matchAll(RELATIVE_VALUE_IMPORT)) {
      if (possibleTargets(resolve(dirname(path), (fromImport ?? fromRequire)!)).some((p) => known.has(p))) {
        importing.push(path);
        break;
      }
    }
  }
  if (importing.length === 0) return new Map();
  const { contextsFor } = await import('./resolve.js');
  return contextsFor(importing, display);
}

/** The files a relative specifier may name, as TypeScript and bundlers resolve it (`./a.js` may be `./a.ts`). */
function possibleTargets(base: string): string[] {
  const ext = EXTENSIONS.find((e) => base.endsWith(e));
  if (ext) return [base, ...(COMPILED_TO_SOURCE[ext] ?? []).map((e) => base.slice(0, -ext.length) + e)];
  return [...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
}
