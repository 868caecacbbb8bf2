// The codemod parses with oxc's parser (typescript-eslint-compatible AST), ESLint with typescript-eslint's: the two
// tools agree only if the engine sees the same thing either way. Over every JS/TS file of the fixtures and the
// example, the findings (rule, message, range, location, facts) and fixes from the fast parse equal those from
// typescript-estree's, on the inputs and on the migrated outputs.
import { analyze as scopeAnalyze } from '@typescript-eslint/scope-manager';
import { parse as estreeParse } from '@typescript-eslint/typescript-estree';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, mightCallClarifai, parseForEngine, usesJsx } from '../packages/engine/dist/index.js';
import { fastParse } from '../packages/engine/dist/parse-fast.js';
import { runtimeOf } from '../packages/project/dist/index.js';
import { stripBom } from './helpers/engine.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = /\.[cm]?[jt]sx?$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SCRIPT.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const sourceTypeOf = (path: string) => (/\.c[jt]s$/i.test(path) ? 'script' : 'module');

function estreeInput(text: string, path: string) {
  const ast = estreeParse(text, { range: true, loc: true, comment: false, jsx: usesJsx(path), filePath: path });
  const sourceType = sourceTypeOf(path);
  return { ast, scopeManager: scopeAnalyze(ast, { sourceType, globalReturn: sourceType === 'script' }) };
}

const findingsWith = (input: ReturnType<typeof parseForEngine>, text: string, path: string) =>
  analyze({ ...input, text, filename: path, runtime: runtimeOf({ path, text }) });

const files = [...filesUnder(join(ROOT, 'fixtures')), ...filesUnder(join(ROOT, 'examples'))].filter((path) =>
  mightCallClarifai(readFileSync(path, 'utf8')),
);

describe('the fast parse and typescript-estree give the engine the same file', () => {
  for (const path of files) {
    it(relative(ROOT, path), () => {
      const text = stripBom(readFileSync(path, 'utf8'));
      const expected = findingsWith(estreeInput(text, path) as ReturnType<typeof parseForEngine>, text, path);
      expect(findingsWith(parseForEngine(text, path), text, path)).toEqual(expected);
    });
  }

  it('the fast parser took the files (the comparison is not typescript-estree against itself)', () => {
    const fast = files.filter((path) => fastParse(stripBom(readFileSync(path, 'utf8')), path, sourceTypeOf(path)));
    // Every file but the ones that do not parse at all.
    const unparsable = files.filter((path) => {
      try {
        estreeParse(stripBom(readFileSync(path, 'utf8')), { jsx: usesJsx(path), filePath: path });
        return false;
      } catch {
        return true;
      }
    });
    expect(files.length).toBeGreaterThan(250);
    expect(fast.length).toBe(files.length - unparsable.length);
  });
});
