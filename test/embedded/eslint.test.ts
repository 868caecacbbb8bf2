// ESLint, through its own ESLint class with the config the README documents for components, pages and Markdown
// (examples/eslint-embedded/eslint.config.mjs), on the embedded corpus: the same findings as the codemod at the
// same places in the real file, autofixes where the codemod's fix is safe and suggestions where it needs review,
// `eslint --fix` writing what `clarifai-codemod --safe-only` writes, and fixes plus suggestions the codemod's output.
import { ESLint, type Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import config from '../../examples/eslint-embedded/eslint.config.mjs';
import { migrateFile } from '../../packages/codemod/dist/embedded/migrate-embedded.js';
import { EMBEDDED_DIR, embeddedCases } from '../helpers/embedded-cases.js';
import { applyFixes, stripBom } from '../helpers/engine.js';
import { asFinding, fixesOfMessages } from '../helpers/eslint.js';
import type { ExpectedFinding } from '../helpers/fixture-cases.js';

const options = { overrideConfigFile: true, overrideConfig: config as Linter.Config[], cwd: EMBEDDED_DIR };
const eslint = new ESLint(options);
const eslintFix = new ESLint({ ...options, fix: true });
const MAX_PASSES = 10;

interface Lint {
  findings: ExpectedFinding[];
  /** The lines where ESLint could not parse a block (the codemod skips such a block). */
  parseErrors: number[];
  messages: Linter.LintMessage[];
}

async function lint(text: string, filePath: string): Promise<Lint> {
  const [result] = await eslint.lintText(text, { filePath });
  const messages = result!.messages;
  const parseErrors = messages.filter((m) => m.fatal).map((m) => m.line);
  const other = messages.filter((m) => !m.fatal && !m.ruleId?.startsWith('clarifai/'));
  if (other.length > 0) throw new Error(`unexpected messages: ${JSON.stringify(other)}`);
  const own = messages.filter((m) => !m.fatal);
  return { findings: own.map(asFinding), parseErrors, messages: own };
}

/** Every message's autofix, else its first suggestion, applied and re-linted until nothing changes. */
async function fixAndSuggest(raw: string, filePath: string): Promise<string> {
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  let current = stripBom(raw);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(current, fixesOfMessages((await lint(current, filePath)).messages));
    if (applied === 0 || next === current) break;
    current = next;
  }
  return bom + current;
}

for (const { name, inputPath, input, output, findings, skipped } of embeddedCases()) {
  describe(name, () => {
    it('reports the codemod findings at the same places, autofix for safe fixes and a suggestion for the others', async () => {
      const { findings: reported, parseErrors, messages } = await lint(input, inputPath);
      expect(reported).toEqual(findings);
      // A block the codemod skips is one ESLint cannot parse either, on the same line. (Columns differ by one:
      // ESLint passes typescript-eslint's 0-based parse-error column through; the codemod reports it 1-based.)
      expect(parseErrors).toEqual(skipped.map((s) => Number(/\((\d+):\d+\)$/.exec(s.reason)![1])));
      const codemod = migrateFile(input, inputPath).findings;
      expect(messages.map((m) => (m.fix ? 'safe' : m.suggestions?.length === 1 ? 'needs-review' : 'none'))).toEqual(
        codemod.map((f) => f.safety ?? 'none'),
      );
    });

    it('eslint --fix writes what the codemod writes with --safe-only', async () => {
      const [result] = await eslintFix.lintText(input, { filePath: inputPath });
      const safeOnly = migrateFile(input, inputPath, { allowed: ['safe'] });
      expect(result!.output ?? input).toBe(safeOnly.output);
    });

    it('fixes and suggestions give the codemod output, byte for byte', async () => {
      expect(await fixAndSuggest(input, inputPath)).toBe(output);
    });
  });
}

it('the README shows this config, word for word', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const configText = readFileSync(fileURLToPath(new URL('../../examples/eslint-embedded/eslint.config.mjs', import.meta.url)), 'utf8');
  expect(readme).toContain(`\`\`\`js\n${configText}\`\`\``);
});
