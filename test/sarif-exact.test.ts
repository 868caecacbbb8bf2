// The codemod's SARIF over a copy of the fixture corpus, compared result by result with values written down outside
// the tool: each fixture's `.findings.json` gives the rule ids and regions, the table below the levels. Nothing is
// compared with the tool's own summary.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import clarifai from 'eslint-plugin-clarifai';
import { describeCorpusFloor } from './helpers/corpus-floor.js';
import { RULE_IDS } from './helpers/engine.js';
import { fixtureCases, validFiles } from './helpers/fixture-cases.js';
import { codemodCliReady, itRequiresTheCli, runCodemod, type CliRun } from './hardening/cli.js';

/** SARIF levels: a call that fails is an error, a call that works today but should change is a warning. */
const LEVEL: Record<string, 'error' | 'warning'> = {
  'no-api-key-outside-app': 'error',
  'require-user-app-id': 'error',
  'require-clarifai-owner': 'error',
  'prefer-pat-for-workflows': 'warning',
  'no-legacy-credentials': 'error',
  'no-hardcoded-credentials': 'error',
  'no-deprecated-client': 'warning',
  'no-pat-in-browser': 'warning',
};

interface SarifRule {
  id: string;
  helpUri?: string;
  defaultConfiguration: { level: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
}

const cases = fixtureCases();
const valid = validFiles();
const CLI_READY = codemodCliReady();
const root = mkdtempSync(join(tmpdir(), 'clarifai-sarif-'));
let run: CliRun;
let sarif: { runs: [{ tool: { driver: { rules: SarifRule[] } }; results: SarifResult[] }] };

beforeAll(async () => {
  for (const c of cases) {
    mkdirSync(join(root, c.rule), { recursive: true });
    copyFileSync(c.inputPath, join(root, c.rule, basename(c.inputPath)));
  }
  mkdirSync(join(root, 'valid'));
  for (const v of valid) copyFileSync(v.path, join(root, v.name));
  run = await runCodemod(['--dry', '--sarif', 'out.sarif', '.'], root);
  sarif = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8'));
}, 150_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

itRequiresTheCli(CLI_READY);
describeCorpusFloor(RULE_IDS, cases, valid.map((v) => v.name));

describe.skipIf(!CLI_READY)('--sarif over the fixture corpus', () => {
  it('exits 0 (a dry run) and writes one rule per engine rule, with its level and docs', () => {
    expect(run.status, run.stderr).toBe(0);
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual(RULE_IDS.map((id) => [id, LEVEL[id]]));
    for (const rule of rules) {
      // helpUri (publish readiness adds it): when there, the rule's docs page, the one ESLint links to as well.
      if (rule.helpUri === undefined) continue;
      expect(rule.helpUri).toMatch(new RegExp(`/${rule.id}(\\.md)?$`));
      const docsUrl = clarifai.rules?.[rule.id]?.meta?.docs?.url;
      if (docsUrl !== undefined) expect(rule.helpUri).toBe(docsUrl);
    }
  });

  it('gives exactly the expected rule id, level and region for every finding of every input, and none on valid files', () => {
    const key = (uri: string, ruleId: string, level: string, r: Record<string, number>) =>
      `${uri} ${ruleId} ${level} ${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn}`;
    const expected = cases.flatMap((c) =>
      c.findings.map((f) =>
        key(`${c.rule}/${basename(c.inputPath)}`, f.ruleId, LEVEL[f.ruleId]!, {
          startLine: f.line,
          startColumn: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
        }),
      ),
    );
    const { rules } = sarif.runs[0].tool.driver;
    const actual = sarif.runs[0].results.map((r) => {
      expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return key(artifactLocation.uri, r.ruleId, r.level, region);
    });
    expect(actual.sort()).toEqual(expected.sort());
    expect(expected.length, 'findings the corpus expects').toBeGreaterThanOrEqual(64);
  });
});
