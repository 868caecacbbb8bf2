import { parse as estreeParse } from '@typescript-eslint/typescript-estree';
import { ParseError, parseForEngine } from '../src/index.js';
import { fastParse } from '../src/parse-fast.js';
import { findingsOf } from './helpers.js';

const DEPTH = 20_000;
/** Shapes that overflow the native parser's stack at this depth (a crash of the process, nothing to catch). */
const DEEP: Record<string, string> = {
  brackets: `x = ${'('.repeat(DEPTH)}1${')'.repeat(DEPTH)}`,
  unclosed: `x = ${'['.repeat(DEPTH)}`,
  functions: `${'function f(){'.repeat(DEPTH / 2)}${'}'.repeat(DEPTH / 2)}`,
  arrows: `x = ${'a => '.repeat(DEPTH)}1`,
  jsx: `x = ${'<a>'.repeat(DEPTH)}${'</a>'.repeat(DEPTH)}`,
  'type arguments': `let x: ${'A<'.repeat(DEPTH)}B${'>'.repeat(DEPTH)}`,
  ternaries: `x = ${'a ? 1 : '.repeat(DEPTH * 2)}2`,
  'if statements': `${'if (a) '.repeat(DEPTH * 2)};`,
  labels: `${'a: '.repeat(DEPTH * 2)};`,
};

describe('parseForEngine', () => {
  for (const [shape, text] of Object.entries(DEEP)) {
    it(`leaves ${shape} nested ${DEPTH} deep to typescript-estree, which fails with a ParseError or parses`, () => {
      expect(fastParse(text, 'file.tsx', 'module')).toBeUndefined();
      const outcome = (() => {
        try {
          parseForEngine(text, 'file.tsx');
          return 'parsed';
        } catch (error) {
          return error instanceof ParseError ? error.message : `unexpected: ${String(error)}`;
        }
      })();
      expect(['parsed', 'Code is nested too deeply to parse.']).toContain(outcome);
    });
  }

  it('parses ordinary nesting fast', () => {
    const text = `x = ${'('.repeat(200)}1${')'.repeat(200)}; ${'if (a) '.repeat(200)}; y = ${'a ? 1 : '.repeat(200)}2;`;
    expect(fastParse(text, 'file.js', 'module')).toBeDefined();
  });

  it("reports a syntax error with typescript-estree's message and position, as ESLint shows it", () => {
    const text = "const a = 1;\nfetch('https://api.clarifai.com/v2/models/x/outputs', { method: 'POST' ;\n";
    expect(fastParse(text, 'file.js', 'module')).toBeUndefined();
    expect(() => parseForEngine(text, 'file.js')).toThrow(expect.objectContaining({ name: 'TSError', message: "',' expected." }));
    expect(() => estreeParse(text, { jsx: true, filePath: 'file.js' })).toThrow("',' expected.");
  });

  it('takes what typescript-estree takes where oxc is stricter: a CommonJS top-level return, sloppy-mode octals', () => {
    expect(parseForEngine("if (!process.env.CLARIFAI_PAT) return;\nmodule.exports = 1;\n", 'file.cjs').ast.body).toHaveLength(2);
    expect(parseForEngine('var mode = 0777;\n', 'file.js').ast.body).toHaveLength(1);
  });

  it('gives UTF-16 ranges after astral and accented characters, as typescript-estree does', () => {
    const text = [
      "// Café 🚀 — étiquettes",
      "const note = '🙂🙂';",
      "fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {",
      "  method: 'POST',",
      "  headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY },",
      '});',
    ].join('\n');
    expect(fastParse(text, 'file.js', 'module')).toBeDefined();
    const estree = estreeParse(text, { range: true, jsx: true, filePath: 'file.js' });
    expect(parseForEngine(text, 'file.js').ast.body.map((s) => s.range)).toEqual(estree.body.map((s) => s.range));
    expect(findingsOf(text).map((f) => [f.ruleId, f.range, f.loc.start])).toEqual([
      // In UTF-8 bytes the call would start at 55: each accented letter and the dash take more than one, each emoji four.
      ['no-api-key-outside-app', [45, 214], { line: 3, column: 0 }],
    ]);
  });
});
