import type { ReportedFinding } from '../src/migrate-file.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { summarize, type FileReport } from '../src/report/model.js';

const finding = (over: Partial<ReportedFinding>): ReportedFinding => ({
  ruleId: 'require-clarifai-owner',
  messageId: 'wrongOwner',
  message: 'Model `face-detection` belongs to clarifai/main, but this call names me/app as its owner.',
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 20,
  safety: 'safe',
  fix: 'Name the owner clarifai/main here.',
  fixed: true,
  ...over,
});

const files: FileReport[] = [
  {
    file: 'src/predict.ts',
    findings: [
      finding({}),
      finding({
        ruleId: 'no-hardcoded-credentials',
        messageId: 'hardcoded',
        message: 'A Clarifai PAT is written in source (CLARIFAI_PAT).',
        line: 2,
        safety: 'needs-review',
        fix: 'Read it from process.env.CLARIFAI_PAT.',
      }),
    ],
    changed: true,
    leftForHuman: false,
    envVars: ['CLARIFAI_PAT'],
    hardcodedSecret: 'removed',
  },
  {
    file: 'src/odd`name.js',
    findings: [
      finding({
        ruleId: 'no-api-key-outside-app',
        messageId: 'apiKeyOutsideApp',
        message: 'This call sends an API key.',
        line: 7,
        safety: 'needs-review',
        fix: 'Send a PAT.',
        fixed: false,
        crossFile: { from: ['src/keys.js'], reason: 'its fix would have to change the imported value' },
      }),
    ],
    changed: false,
    leftForHuman: true,
    envVars: [],
  },
  { file: 'src/broken.js', findings: [], changed: false, leftForHuman: false, envVars: [], error: "src/broken.js: ',' expected. (2:12); left unchanged" },
  { file: 'dist/bundle.js', findings: [], changed: false, leftForHuman: false, envVars: [], skipped: 'larger than 1 MB (5.0 MB)' },
];

const counts = { dryRun: false, filesScanned: 12, candidates: 4, skippedTooLarge: 1, seconds: 0.5 };

describe('renderMarkdown', () => {
  it('writes a pull-request body: summary, checklist, changes with their reasons, what is left, what failed', () => {
    expect(renderMarkdown({ files, summary: summarize(files, counts) }, '1.2.3')).toBe(
      [
        '## Clarifai credential migration',
        '',
        "Made by clarifai-codemod 1.2.3. It moves Clarifai API calls to Clarifai's current credentials: an API key reaches only its own app (API 9.3), a PAT names the owner of what it calls, and Clarifai's own models are named with owner `clarifai`/`main` (API 11.6).",
        '',
        '| | |',
        '|---|---:|',
        '| Files scanned | 12 |',
        '| Files changed | 1 |',
        '| Findings fixed | 2 of 3 |',
        '| Files left for a human | 1 |',
        '| Files that failed or were not read | 2 |',
        '',
        '### Before merging',
        '',
        '1. **Set these environment variables** wherever the code runs:',
        '   - `CLARIFAI_PAT`: a PAT (create one under Security settings in your Clarifai account)',
        '2. **Rotate these keys**: a Clarifai key or PAT was written in source, and stays in the git history. Delete it in your Clarifai account and create a new one (values masked here):',
        '   - `src/predict.ts` line 2: `••••••••`, removed from source',
        '3. **Review the credential switches** (marked **Review** below) in `src/predict.ts`.',
        '',
        '### What changed, and why',
        '',
        '#### `src/predict.ts`',
        '',
        '- line 4 (`require-clarifai-owner`): Name the owner clarifai/main here.',
        '  Why: Model `face-detection` belongs to clarifai/main, but this call names me/app as its owner.',
        '- line 2 (`no-hardcoded-credentials`): Read it from process.env.CLARIFAI_PAT. **Review:** it switches the credential.',
        '  Why: A Clarifai PAT is written in source (CLARIFAI_PAT).',
        '',
        '### Left for a human',
        '',
        '- `` src/odd`name.js `` line 7 (`no-api-key-outside-app`): This call sends an API key. Not fixed here: its fix would have to change the imported value.',
        '',
        '### Not migrated',
        '',
        "- `src/broken.js`: ',' expected. (2:12); left unchanged",
        '- `dist/bundle.js`: larger than 1 MB (5.0 MB); not read, left unchanged',
        '',
      ].join('\n'),
    );
  });

  it('says what a dry run would do, and that a key left in source is still there', () => {
    const [predict] = files;
    const leftIn: FileReport = { ...predict!, findings: [{ ...predict!.findings[1]!, fixed: false }], changed: false, leftForHuman: true, hardcodedSecret: 'still in source' };
    const markdown = renderMarkdown({ files: [leftIn], summary: summarize([leftIn], { ...counts, dryRun: true }) }, '1.2.3');
    expect(markdown.split('\n').filter((l) => /dry run|would|still in source/.test(l))).toEqual([
      "A dry run of clarifai-codemod 1.2.3. It moves Clarifai API calls to Clarifai's current credentials: an API key reaches only its own app (API 9.3), a PAT names the owner of what it calls, and Clarifai's own models are named with owner `clarifai`/`main` (API 11.6).",
      '| Files that would change | 0 |',
      '| Findings it would fix | 0 of 1 |',
      '   - `src/predict.ts` line 2: `••••••••`, still in source',
    ]);
    expect(markdown).not.toContain('### What would change');
  });

  it('says when there is nothing to do', () => {
    const markdown = renderMarkdown({ files: [], summary: summarize([], { ...counts, skippedTooLarge: 0 }) }, '1.2.3');
    expect(markdown.endsWith('| Files that failed or were not read | 0 |\n\nNothing to do: no Clarifai call here needs migrating.\n')).toBe(true);
    expect(markdown).not.toContain('###');
  });
});
