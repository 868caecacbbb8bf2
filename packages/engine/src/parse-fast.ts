import type { TSESTree } from '@typescript-eslint/types';
import { createRequire } from 'node:module';

type Oxc = typeof import('oxc-parser');

/**
 * oxc's parser (native, loaded on first use) with `astType: 'ts'`, which gives the AST typescript-estree gives:
 * same node types, fields and UTF-16 ranges. It gives no `loc`; the engine takes positions from ranges.
 * `null` when the platform has no binary for it, so that every file goes to typescript-estree instead.
 */
let oxc: Oxc | null | undefined;
function oxcParser(): Oxc | null {
  if (oxc === undefined) {
    try {
      oxc = createRequire(import.meta.url)('oxc-parser') as Oxc;
    } catch {
      oxc = null;
    }
  }
  return oxc;
}

/**
 * The native parser recurses per nesting level and a native stack overflow ends the process (no exception to
 * catch): about 5,000 nested functions or 10,000 nested brackets or arrows do it. A file whose nesting could
 * come near that goes to typescript-estree, which fails with a catchable error instead.
 */
const NESTING_LIMIT = 2000;

/**
 * The AST of `text` from oxc's parser, or `undefined` when typescript-estree must decide: oxc found an error
 * (typescript-estree reports errors the way ESLint shows them, and takes some code oxc does not), the nesting
 * is too deep, or oxc is not available here.
 */
export function fastParse(text: string, filename: string, sourceType: 'script' | 'module'): TSESTree.Program | undefined {
  const parser = oxcParser();
  if (!parser || nestingBound(text) > NESTING_LIMIT) return undefined;
  const result = parser.parseSync(filename, text, {
    lang: languageOf(filename),
    sourceType: sourceType === 'script' ? 'commonjs' : 'module',
    astType: 'ts',
    range: true,
    preserveParens: false,
  });
  return result.errors.length === 0 ? (result.program as unknown as TSESTree.Program) : undefined;
}

/** The language typescript-estree would parse `filename` as (it follows the extension; JSX outside `.ts`). */
function languageOf(filename: string): 'js' | 'jsx' | 'ts' | 'tsx' | 'dts' {
  if (/\.d\.[mc]?ts$/i.test(filename)) return 'dts';
  if (/\.[mc]?ts$/i.test(filename)) return 'ts';
  if (/\.[mc]?jsx?$/i.test(filename)) return 'jsx';
  return 'tsx';
}

/** Statements that nest without braces (`if (a) if (b) ...`) and prefix words that nest (`new new A`, `await await`). */
const NESTING_WORDS = /\b(?:if|else|for|while|do|with|new|await|yield)\b/g;

/**
 * An upper bound of how deep the file's syntax nests: at every point, the open brackets plus the tokens that can
 * open a level without a bracket (`=>`, `a = b = c`, `<T<U>>`, `<a><b>`, `a ? b : c ?`, labels, the words above)
 * since the last `;` or `,` of each open bracket. It over-counts (strings, comments and operators that do not nest
 * count too), which only sends a file to the slower parser.
 */
function nestingBound(text: string): number {
  const words: number[] = [];
  NESTING_WORDS.lastIndex = 0;
  for (let m = NESTING_WORDS.exec(text); m; m = NESTING_WORDS.exec(text)) words.push(m.index);
  const chains = [0]; // per open bracket, the tokens that may nest since its last separator
  let open = 0; // the sum of `chains`
  let deepest = 0;
  let nextWord = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x28: // (
      case 0x5b: // [
      case 0x7b: // {
        chains.push(0);
        break;
      case 0x29: // )
      case 0x5d: // ]
      case 0x7d: // }
        open -= chains[chains.length - 1]!;
        if (chains.length > 1) chains.pop();
        else chains[0] = 0;
        break;
      case 0x3b: // ;
      case 0x2c: // ,
        open -= chains[chains.length - 1]!;
        chains[chains.length - 1] = 0;
        break;
      case 0x3d: // =
      case 0x3c: // <
      case 0x3f: // ?
      case 0x3a: // :
        chains[chains.length - 1]!++;
        open++;
        break;
      default:
        if (words[nextWord] !== i) continue;
        nextWord++;
        chains[chains.length - 1]!++;
        open++;
    }
    if (chains.length - 1 + open > deepest) deepest = chains.length - 1 + open;
  }
  return deepest;
}
