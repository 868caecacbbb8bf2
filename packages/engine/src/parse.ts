import { analyze, type ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { createRequire } from 'node:module';
import { fastParse } from './parse-fast.js';

type TypeScriptEstree = typeof import('@typescript-eslint/typescript-estree');

/**
 * typescript-estree (and TypeScript under it) takes half a second to load: it is loaded on the first file the fast
 * parser leaves to it, so a run whose files all parse fast, `--help`, or ESLint never pays for it.
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

/**
 * Whether `error`, thrown by `parseForEngine`, says the file does not parse (typescript-estree's syntax errors, and
 * code nested too deeply), with where; anything else thrown while analysing is a bug.
 */
export function isParseError(error: unknown): error is Error & Pick<ParseError, 'location'> {
  return error instanceof ParseError || (error instanceof Error && error.name === 'TSError' && 'location' in error);
}

/**
 * Parses a file into the AST that ESLint's typescript-eslint parser gives the rules, for hosts other than ESLint
 * (the codemod, imported modules, tests). `text` must not start with a BOM: like ESLint, strip it first and keep
 * offsets relative to the rest.
 *
 * Most files go through oxc's parser, in its typescript-eslint-compatible form (see parse-fast.ts): several times
 * faster, and the same findings and fixes (a test holds every fixture to that). Whatever it does not take (a syntax
 * error, code nested deeper than its native stack allows, a platform without its binary) goes to typescript-estree,
 * so errors read as ESLint reports them.
 */
export function parseForEngine(text: string, filename = 'file.tsx'): Parsed {
  const sourceType = /\.c[jt]s$/i.test(filename) ? 'script' : 'module';
  try {
    const ast = fastParse(text, filename, sourceType) ?? parseWithEstree(text, filename);
    const scopeManager = analyze(ast, { sourceType, globalReturn: sourceType === 'script' });
    return { ast, scopeManager };
  } catch (error) {
    // TypeScript's parser, the ESTree conversion and scope analysis recurse per nesting level; thousands overflow.
    if (error instanceof RangeError) throw new ParseError('Code is nested too deeply to parse.', 1, 0);
    throw error;
  }
}

function parseWithEstree(text: string, filename: string): TSESTree.Program {
  return typescriptEstree().parse(text, {
    range: true,
    loc: true,
    comment: false,
    jsx: usesJsx(filename),
    filePath: filename,
    // A `.d.ts` has no calls; `allowInvalidAST` stays off so broken code is reported, not analysed.
  });
}
