// Multi-file fixtures (fixtures/cross-module/<case>/: `input/` tree, `output/` tree, `findings.json`) through the
// real ESLint class on files on disk (RuleTester sees one file) and through the codemod CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import clarifai from 'eslint-plugin-clarifai';
import { afterAll } from 'vitest';

const CASES = fileURLToPath(new URL('../fixtures/cross-module', import.meta.url));
const CLI = fileURLToPath(new URL('../packages/codemod/bin/clarifai-codemod.js', import.meta.url));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOf(tree: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cross-module-'));
  made.push(dir);
  cpSync(tree, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` (path relative to it, `/`-separated) with its text. */
function treeOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** `{ file: ['rule line:column', ...] }` for the files that have findings, as findings.json writes them. */
type Findings = Record<string, string[]>;

async function eslintFindings(dir: string): Promise<Findings> {
  // Every rule, as `configs.strict` ships them; the parser reads TypeScript and JavaScript alike.
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{js,mjs,cjs,ts,mts,cts}'], languageOptions: { parser: tsParser } }, clarifai.configs.strict],
  });
  const findings: Findings = {};
  for (const result of await eslint.lintFiles(['.'])) {
    const messages = result.messages.map((m) => {
      if (m.fatal || !m.ruleId) throw new Error(`${result.filePath}:${m.line} ${m.message}`);
      return `${m.ruleId.replace('clarifai/', '')} ${m.line}:${m.column}`;
    });
    if (messages.length > 0) findings[relative(dir, result.filePath).split('\\').join('/')] = messages;
  }
  return findings;
}

function codemod(dir: string) {
  const run = spawnSync(process.execPath, [CLI, '--json', '--force', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, report: JSON.parse(run.stdout) as { files: { file: string; findings: { ruleId: string; line: number; column: number; crossFile?: { reason?: string } }[] }[] } };
}

for (const name of readdirSync(CASES).sort()) {
  describe(`cross-module/${name}`, () => {
    const at = join(CASES, name);
    const expected = JSON.parse(readFileSync(join(at, 'findings.json'), 'utf8')) as Findings;

    it('ESLint reports the expected findings at the call sites, with the imported modules on disk', async () => {
      expect(await eslintFindings(copyOf(join(at, 'input')))).toEqual(expected);
    });

    // Beyond the calls ESLint reports, the codemod reports the shared client it moved (in codemod-findings.json).
    const extra = join(at, 'codemod-findings.json');
    const codemodExpected = existsSync(extra) ? (JSON.parse(readFileSync(extra, 'utf8')) as Findings) : expected;

    it('the codemod finds the same and writes the expected output tree', () => {
      const dir = copyOf(join(at, 'input'));
      const { report } = codemod(dir);
      const found: Findings = {};
      for (const file of report.files) {
        if (file.findings.length > 0) found[file.file] = file.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`);
      }
      expect(found).toEqual(codemodExpected);
      expect(treeOf(dir)).toEqual(treeOf(join(at, 'output')));
    });
  });
}

describe('a shared client with mixed uses', () => {
  it('is left for a human, with the files that use it for other calls', () => {
    const { status, report } = codemod(copyOf(join(CASES, 'legacy-shared-client-mixed', 'input')));
    expect(status).toBe(0);
    const reasons = report.files.flatMap((f) => f.findings.flatMap((x) => (x.crossFile?.reason ? [`${f.file}: ${x.crossFile.reason}`] : [])));
    const why =
      'it is set in lib/vision.js (line 4), which other files may share: change it there; not moved to clarifai/main because ' +
      'routes/upload.js also uses it for other calls (own-app models, inputs, or passed along): give those calls a separate client';
    expect(reasons).toEqual([`routes/food.js: ${why}`, `routes/tags.js: ${why}`]);
  });
});
