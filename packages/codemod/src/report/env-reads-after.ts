import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { envReadsOf, isParseError, parseForEngine } from '@clarifai-auth/engine';

const CODE = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts']);

/**
 * The env names a tracked file the run does not change reads as code: a name it still reads is one the project
 * still needs, whichever file the migration stopped reading it in. A file that is not JavaScript or TypeScript, or
 * does not parse, reads none.
 */
export function envReadsAfterRun(path: string): string[] {
  if (!CODE.has(extname(path).toLowerCase())) return [];
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    const { ast, scopeManager } = parseForEngine(text, path);
    return envReadsOf({ ast, scopeManager, text, filename: path });
  } catch (error) {
    if (isParseError(error)) return [];
    throw error;
  }
}
