// ESLint as a user runs it (the ESLint class over files on disk) with `configs.recommended` exactly as the plugin
// ships it: over the whole fixture corpus it reports the expected findings of the recommended rules and nothing
// else, and nothing at all on the valid files.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import clarifai from 'eslint-plugin-clarifai';
import { relative } from 'node:path';
import tseslint from 'typescript-eslint';
import { describeCorpusFloor } from './helpers/corpus-floor.js';
import { RULE_IDS } from './helpers/engine.js';
import { FIXTURES_DIR, fixtureCases, validFiles, type ExpectedFinding } from './helpers/fixture-cases.js';

/** Written down, not read from the rules' metadata: what a user gets from `configs.recommended`. */
const RECOMMENDED = [
  'no-api-key-outside-app',
  'no-hardcoded-credentials',
  'no-legacy-credentials',
  'prefer-pat-for-workflows',
  'require-clarifai-owner',
  'require-user-app-id',
];
/** Also recommended, as a warning: a risk to know of, not a broken call (never fails a CI gate). */
const RECOMMENDED_WARNINGS = ['no-pat-in-browser'];
const recommended = new Set([...RECOMMENDED, ...RECOMMENDED_WARNINGS]);
const cases = fixtureCases();
const valid = validFiles();
describeCorpusFloor(RULE_IDS, cases, valid.map((v) => v.name));

it('configs.recommended turns on exactly the recommended rules, as errors, and the advisory one as a warning', () => {
  expect(clarifai.configs.recommended.rules).toEqual({
    ...Object.fromEntries(RECOMMENDED.map((rule) => [`clarifai/${rule}`, 'error'])),
    ...Object.fromEntries(RECOMMENDED_WARNINGS.map((rule) => [`clarifai/${rule}`, 'warn'])),
  });
});

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
      // runtime/, cross-module/ and careful/ hold whole projects, run by their own tests.
      { ignores: ['e2e/**', 'cross-module/**', 'runtime/**', 'careful/**', '**/*.output.*'] },
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

  for (const { name, inputPath, findings } of cases) {
    it(`${name}: the recommended rules' findings`, () => {
      const expected = findings.filter((f) => recommended.has(f.ruleId)).sort(byPosition);
      expect([...(reported.get(relative(FIXTURES_DIR, inputPath)) ?? [])].sort(byPosition)).toEqual(expected);
    });
  }

  it('nothing on the valid files', () => {
    for (const { path } of valid) expect(reported.get(relative(FIXTURES_DIR, path))).toEqual([]);
  });

  it('linted every input and valid file, and nothing else', () => {
    const expected = [...cases.map((c) => c.inputPath), ...valid.map((v) => v.path)]
      .map((p) => relative(FIXTURES_DIR, p))
      .sort();
    expect([...reported.keys()].sort()).toEqual(expected);
  });
});
