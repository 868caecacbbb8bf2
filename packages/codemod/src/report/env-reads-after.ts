import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { envReadsOf, isParseError, parseForEngine } from '@clarifai-auth/engine';

const CODE = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts']);

/**
 * The env names a tracked file reads as code once the run is done (its new text when the run changes it): a name
 * it still reads is one the project still needs, whichever file the migration stopped reading it in. A file that
 * is not JavaScript or TypeScript, or does not parse, reads none.
 */
export function envReadsAfterRun(path: string, texts: ReadonlyMap<string, string>): string[] {
  if (!CODE.has(extname(path).toLowerCase())) return [];
  const text = (texts.get(path) ?? readFileSync(path, 'utf8')).replace(/^\uFEFF/, '');
  try {
    const { ast, scopeManager } = parseForEngine(text, path);
    return envReadsOf({ ast, scopeManager, text, filename: path });
  } catch (error) {
    if (isParseError(error)) return [];
    throw error;
  }
}
