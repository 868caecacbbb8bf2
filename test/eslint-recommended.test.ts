// ESLint as a user runs it (the ESLint class over files on disk) with `configs.recommended` exactly as the plugin
// ships it: over the whole fixture corpus it reports the expected findings of the recommended rules and nothing
// else, and nothing at all on the valid files.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import clarifai from 'eslint-plugin-clarifai';
import { relative } from 'node:path';
import tseslint from 'typescript-eslint';
import { RULE_META } from '../packages/engine/dist/index.js';
import { FIXTURES_DIR, fixtureCases, validFiles, type ExpectedFinding } from './helpers/fixture-cases.js';

const recommended = new Set(Object.values(RULE_META).filter((m) => m.recommended).map((m) => m.id));

async function lintCorpus(): Promise<Map<string, ExpectedFinding[]>> {
  const eslint = new ESLint({
    cwd: FIXTURES_DIR,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
      },
      // Loaded with no rule on, so that the fixtures' `eslint-disable` comments for its rules resolve.
      { plugins: { '@typescript-eslint': tseslint.plugin } },
      // careful/ holds whole projects (inputs and expected trees), run by test/careful/projects.test.ts.
      { ignores: ['e2e/**', 'careful/**', '**/*.output.*'] },
      clarifai.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(['.']);
  return new Map(
    results.map((result) => [
      relative(FIXTURES_DIR, result.filePath),
      result.messages.map((m) => ({
        ruleId: m.ruleId?.replace(/^clarifai\//, '') ?? `(fatal) ${m.message}`,
        messageId: m.messageId ?? '',
        line: m.line,
        column: m.column,
        endLine: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column,
      })),
    ]),
  );
}

describe('configs.recommended over fixtures/', () => {
  let reported: Map<string, ExpectedFinding[]>;
  beforeAll(async () => {
    reported = await lintCorpus();
  });

  const byPosition = (a: ExpectedFinding, b: ExpectedFinding) =>
    a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

  for (const { name, inputPath, findings } of fixtureCases()) {
    it(`${name}: the recommended rules' findings`, () => {
      const expected = findings.filter((f) => recommended.has(f.ruleId as never)).sort(byPosition);
      expect([...(reported.get(relative(FIXTURES_DIR, inputPath)) ?? [])].sort(byPosition)).toEqual(expected);
    });
  }

  it('nothing on the valid files', () => {
    for (const { path } of validFiles()) expect(reported.get(relative(FIXTURES_DIR, path))).toEqual([]);
  });

  it('linted every input and valid file, and nothing else', () => {
    const expected = [...fixtureCases().map((c) => c.inputPath), ...validFiles().map((v) => v.path)]
      .map((p) => relative(FIXTURES_DIR, p))
      .sort();
    expect([...reported.keys()].sort()).toEqual(expected);
  });
});
