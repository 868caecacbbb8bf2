import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inDryRunWords, type DryRunReport } from '../src/report/dry-run.js';
import type { Report } from '../src/report/model.js';
import { exampleCopy, removeTempTrees, runCli } from './helpers.js';

afterAll(removeTempTrees);

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../schema/report.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const errorsOf = (report: unknown) => (validate(report) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

/** Every property name anywhere in a JSON value. */
function keysIn(value: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [key, field] of Object.entries(v)) {
        keys.add(key);
        walk(field);
      }
    }
  };
  walk(value);
  return keys;
}

const withoutTime = <R extends Report | DryRunReport>(report: R): R => ({ ...report, summary: { ...report.summary, seconds: 0 } });

describe('the --json report', () => {
  let dry: { status: number; report: DryRunReport; text: string; sarif: string };
  let applied: { status: number; report: Report };
  beforeAll(() => {
    const dir = exampleCopy();
    const dryRun = runCli(['--dry', '--json', '--sarif', 'out.sarif'], dir);
    dry = { status: dryRun.status, report: JSON.parse(dryRun.stdout), text: dryRun.stderr, sarif: readFileSync(join(dir, 'out.sarif'), 'utf8') };
    // The SARIF names the old env var too: gone before the run that writes, so both runs see the same project.
    rmSync(join(dir, 'out.sarif'));
    const run = runCli(['--json'], dir);
    applied = { status: run.status, report: JSON.parse(run.stdout) };
  });

  it('of a dry run matches the schema shipped with the package and says only what would happen', () => {
    expect(dry.status).toBe(0);
    expect(errorsOf(dry.report)).toEqual([]);
    const keys = keysIn(dry.report);
    expect(['wouldFix', 'wouldChange'].filter((k) => keys.has(k))).toEqual(['wouldFix', 'wouldChange']);
    expect(['fixed', 'changed'].filter((k) => keys.has(k))).toEqual([]);
    expect(dry.report.summary).toMatchObject({ dryRun: true, wouldChange: 6, wouldFix: 8 });
    expect(dry.report.files.find((f) => f.file === 'scripts/smoke-test.mjs')).toMatchObject({ hardcodedSecret: 'would be removed' });
  });

  it("of a dry run's SARIF and text use the same words", () => {
    const sarif = JSON.parse(dry.sarif) as { runs: [{ results: { properties: object }[] }] };
    const properties = sarif.runs[0].results.map((r) => Object.keys(r.properties).filter((k) => /fix/i.test(k)));
    expect(new Set(properties.flat())).toEqual(new Set(['wouldFix', 'fix']));
    expect(dry.text).toMatch(/^ {2}Would change +6$/m);
    expect(dry.text).toContain('scripts/smoke-test.mjs (would be removed)');
    expect(dry.text).not.toMatch(/(?<!not )\bfixed\b|^ {2}Changed /m);
  });

  it('of a run that writes matches the schema and reports the same findings in the words of what it did', () => {
    expect(applied.status).toBe(0);
    expect(errorsOf(applied.report)).toEqual([]);
    expect(applied.report.summary).toMatchObject({ dryRun: false, changed: 6, fixed: 8 });
    const asDryRun = inDryRunWords({ ...applied.report, summary: { ...applied.report.summary, dryRun: true } });
    expect(withoutTime(asDryRun)).toEqual(withoutTime(dry.report));
  });

  it('of --check matches the schema', () => {
    const check = runCli(['--check', '--json'], exampleCopy());
    expect(check.status).toBe(1);
    expect(errorsOf(JSON.parse(check.stdout))).toEqual([]);
  });

  it('schema tells the two runs apart: a dry run never says fixed, a run that writes never says wouldFix', () => {
    const summary = { filesScanned: 1, candidates: 1, filesWithFindings: 0, leftForHuman: 0, failed: 0, skipped: 0, skippedTooLarge: 0, findings: 0, seconds: 0.1, envVarsToSet: [], envVarsWhere: [], rotateKeysIn: [], patInBrowser: [], droppedEnvNames: [] };
    expect(errorsOf({ files: [], summary: { ...summary, dryRun: true, wouldChange: 0, wouldFix: 0 } })).toEqual([]);
    expect(errorsOf({ files: [], summary: { ...summary, dryRun: false, changed: 0, fixed: 0 } })).toEqual([]);
    expect(errorsOf({ files: [], summary: { ...summary, dryRun: true, changed: 0, fixed: 0 } })).not.toEqual([]);
    expect(errorsOf({ files: [], summary: { ...summary, dryRun: false, wouldChange: 0, wouldFix: 0 } })).not.toEqual([]);
  });
});
