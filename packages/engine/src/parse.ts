import { analyze, type ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { createRequire } from 'node:module';

type TypeScriptEstree = typeof import('@typescript-eslint/typescript-estree');

/**
 * typescript-estree (and TypeScript under it) takes half a second to load: it is loaded on the first parse, so
 * a run that filters every file out, `--help`, or ESLint (which parses with its own parser) never pays for it.
 */
let estree: TypeScriptEstree | undefined;
function typescriptEstree(): TypeScriptEstree {
  return (estree ??= createRequire(import.meta.url)('@typescript-eslint/typescript-estree') as TypeScriptEstree);
}

export interface Parsed {
  ast: TSESTree.Program;
  scopeManager: ScopeManager;
}

/** `.ts`, `.mts`, `.cts` are parsed without JSX, so that `<T>value` casts and generic arrows keep their meaning. */
export function usesJsx(filename: string): boolean {
  return !/\.(?:ts|mts|cts)$/i.test(filename);
}

/**
 * Parses a file the way ESLint's typescript-eslint parser does, for hosts other than ESLint (the codemod,
 * tests). `text` must not start with a BOM: like ESLint, strip it first and keep offsets relative to the rest.
 */
/** A file the engine cannot parse: typescript-estree's syntax errors, and code nested too deeply to parse. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly lineNumber: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'ParseError';
  }

  get location() {
    return { start: { line: this.lineNumber, column: this.column }, end: { line: this.lineNumber, column: this.column } };
  }
}

export function parseForEngine(text: string, filename = 'file.tsx'): Parsed {
  try {
    return parseUnguarded(text, filename);
  } catch (error) {
    // TypeScript's parser and the ESTree conversion recurse per nesting level; thousands of levels overflow.
    if (error instanceof RangeError) throw new ParseError('Code is nested too deeply to parse.', 1, 0);
    throw error;
  }
}

function parseUnguarded(text: string, filename: string): Parsed {
  const sourceType = /\.c[jt]s$/i.test(filename) ? 'script' : 'module';
  const ast = typescriptEstree().parse(text, {
    range: true,
    loc: true,
    comment: false,
    jsx: usesJsx(filename),
    filePath: filename,
    // A `.d.ts` has no calls; `allowInvalidAST` stays off so broken code is reported, not analysed.
  });
  const scopeManager = analyze(ast, { sourceType, globalReturn: sourceType === 'script' });
  return { ast, scopeManager };
}
