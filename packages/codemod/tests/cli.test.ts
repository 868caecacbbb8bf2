import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DryRunReport } from '../src/report/dry-run.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { exampleCopy, FAKE_PAT, fixture, git, removeTempTrees, runCli, snapshot, tempTree } from './helpers.js';

afterAll(removeTempTrees);

const json = (stdout: string) => JSON.parse(stdout) as Report;
/** The report of `--dry` / `--check`, in a dry run's own words. */
const dryJson = (stdout: string) => JSON.parse(stdout) as DryRunReport;
const fileOf = <R extends Report | DryRunReport>(report: R, file: string): R['files'][number] | undefined =>
  report.files.find((f) => f.file === file);

describe('usage and exit codes', () => {
  it('prints help and the version with exit 0', () => {
    const dir = tempTree();
    const help = runCli(['--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: clarifai-codemod \[options\] \[paths\.\.\.\]/);
    for (const flag of ['--dry', '--diff', '--check', '--json', '--sarif', '--markdown', '--only', '--safe-only', '--include-suggestions', '--extensions', '--ignore-pattern', '--cpus', '--force']) {
      expect(help.stdout).toContain(flag);
    }
    const version = runCli(['--version'], dir);
    expect(version).toMatchObject({ status: 0, stdout: `${JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version}\n` });
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['--sarif'], "option '--sarif' needs a value"],
    [['--markdown='], '--markdown needs a file name'],
    [['--dry=yes'], "option '--dry' takes no value"],
    [['--only', 'no-such-rule'], "--only: unknown rule 'no-such-rule'"],
    [['--cpus', 'zero'], '--cpus must be a whole number'],
    [['--safe-only', '--include-suggestions'], 'contradict each other'],
    [['no/such/dir'], 'no such file or directory: no/such/dir'],
  ])('exits 2 for %j', (args, message) => {
    const result = runCli(args, tempTree());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});

describe('--check', () => {
  it('exits 1 when something would change, and changes nothing', () => {
    const dir = exampleCopy();
    const before = snapshot(dir);
    expect(runCli(['--check'], dir).status).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('exits 1 when nothing can be fixed but a human has work', () => {
    const dir = tempTree({ 'client.js': "const Clarifai = require('clarifai');\nmodule.exports = Clarifai;\n" });
    const result = runCli(['--check', '--json'], dir);
    expect(result.status).toBe(1);
    expect(dryJson(result.stdout).summary).toMatchObject({ wouldChange: 0, leftForHuman: 1 });
  });

  it('exits 0 on code that is already right', () => {
    const dir = tempTree({ 'tags.ts': fixture('correct-call.input.ts'), 'util.ts': 'export const add = (a: number, b: number) => a + b;\n' });
    const result = runCli(['--check'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Nothing to do');
  });
});

describe('--json', () => {
  it('prints only the report on stdout, with paths relative to the working directory', () => {
    const dir = exampleCopy();
    const result = runCli(['--dry', '--json', 'backend', 'scripts'], dir);
    expect(result.status).toBe(0);
    const report = dryJson(result.stdout);
    expect(report.files.map((f) => f.file)).toEqual([
      'backend/clarifai-client.js',
      'backend/controllers/apparel.ts',
      'backend/controllers/colors.ts',
      'backend/controllers/food.js',
      'backend/controllers/image.js',
      'scripts/smoke-test.mjs',
    ]);
    expect(fileOf(report, 'backend/controllers/colors.ts')).toMatchObject({
      wouldChange: true,
      leftForHuman: false,
      envVars: ['CLARIFAI_PAT'],
      findings: [{ ruleId: 'no-api-key-outside-app', line: 18, column: 3, wouldFix: true, safety: 'needs-review' }],
    });
    expect(fileOf(report, 'scripts/smoke-test.mjs')).toMatchObject({ hardcodedSecret: 'would be removed' });
    expect(report.summary).toMatchObject({
      dryRun: true,
      filesScanned: 9,
      candidates: 8,
      filesWithFindings: 6,
      wouldChange: 5,
      leftForHuman: 3,
      failed: 0,
      envVarsToSet: ['CLARIFAI_PAT'],
      rotateKeysIn: ['scripts/smoke-test.mjs'],
    });
    expect(result.stderr).toContain('Summary');
  });

  it('reports what came from another file, applied or left for a human', () => {
    const report = dryJson(runCli(['--dry', '--json'], exampleCopy()).stdout);
    expect(fileOf(report, 'backend/controllers/apparel.ts')!.findings).toMatchObject([
      { ruleId: 'require-clarifai-owner', wouldFix: true, crossFile: { from: ['backend/config/clarifai.ts'] } },
    ]);
    // food.js predicts only Clarifai's food model through the shared client: the client module itself is moved.
    const food = fileOf(report, 'backend/controllers/food.js')!.findings.find((f) => f.ruleId === 'no-api-key-outside-app');
    expect(food).toMatchObject({ wouldFix: true, crossFile: { from: ['backend/clarifai-client.js'], definedAt: { path: 'backend/clarifai-client.js', line: 4 } } });
    expect(food!.crossFile!.reason).toBeUndefined();
    expect(fileOf(report, 'backend/clarifai-client.js')).toMatchObject({
      wouldChange: true,
      envVars: ['CLARIFAI_PAT'],
      findings: [{ ruleId: 'no-deprecated-client', wouldFix: false }, { ruleId: 'no-api-key-outside-app', line: 4, wouldFix: true, safety: 'needs-review' }],
    });
  });
});

describe('a value another module defines', () => {
  it('says where to change gRPC metadata built in a shared module, and nothing about a legacy client', () => {
    const dir = tempTree({
      'package.json': '{}',
      'lib/clarifai.js':
        "const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);\nmodule.exports = { stub, metadata };\n",
      'faces.js':
        "const { stub, metadata } = require('./lib/clarifai');\nstub.PostModelOutputs({ model_id: 'face-detection', inputs: [] }, metadata, () => {});\n",
    });
    const report = dryJson(runCli(['--dry', '--json', '.'], dir).stdout);
    const [finding] = fileOf(report, 'faces.js')!.findings;
    expect(finding).toMatchObject({ ruleId: 'no-api-key-outside-app', wouldFix: false });
    expect(finding!.crossFile!.reason).toBe('it is set in lib/clarifai.js (line 4), which other files may share: change it there');
  });
});

describe('--markdown', () => {
  it('writes the pull-request body from the same report as --json, with no secret in it', () => {
    // A run that writes, as the migrate job of the org-wide examples does: its --json report is the model itself
    // (a dry run's JSON uses the words of what would happen).
    const dir = exampleCopy();
    const result = runCli(['--json', '--markdown', 'out/pr.md'], dir);
    expect(result.status).toBe(0);
    const markdown = readFileSync(join(dir, 'out/pr.md'), 'utf8');
    expect(markdown).toBe(renderMarkdown(json(result.stdout), JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version));
    expect(markdown).toContain('- `scripts/smoke-test.mjs` line 2: `••••••••`, removed from source');
    expect(markdown).not.toContain(FAKE_PAT);
  });
});

describe('--sarif', () => {
  it('writes SARIF 2.1.0 with one result per finding, rule metadata and fingerprints', () => {
    const dir = exampleCopy();
    const result = runCli(['--dry', '--json', '--sarif', 'out/findings.sarif'], dir);
    expect(result.status).toBe(0);
    const report = dryJson(result.stdout);
    const sarif = JSON.parse(readFileSync(join(dir, 'out/findings.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    const [run] = sarif.runs;
    const rules = run.tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    expect(run.tool.driver.name).toBe('clarifai-codemod');
    expect(rules.map((r) => r.id)).toContain('require-clarifai-owner');
    expect(rules.every((r) => r.shortDescription.text.length > 0)).toBe(true);
    expect(run.results).toHaveLength(report.summary.findings);
    const fingerprints = new Set<string>();
    for (const r of run.results) {
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(['error', 'warning']).toContain(r.level);
      expect(r.message.text.length).toBeGreaterThan(0);
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      expect(artifactLocation).toMatchObject({ uriBaseId: '%SRCROOT%' });
      expect(artifactLocation.uri).toMatch(/^(backend|frontend|scripts)\//);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      fingerprints.add(r.partialFingerprints['clarifaiFinding/v1']);
    }
    expect(fingerprints.size).toBe(run.results.length);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it("links every rule to its docs at this release's tag and says what each enforces in words", () => {
    const dir = exampleCopy();
    expect(runCli(['--dry', '--sarif', 'out.sarif'], dir).status).toBe(0);
    const text = readFileSync(join(dir, 'out.sarif'), 'utf8');
    const rules = JSON.parse(text).runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    const docs = `https://github.com/clarifai-auth-migration/clarifai-auth-migration/blob/v${version}/packages/eslint-plugin/docs/rules`;
    expect(rules.map((r) => r.helpUri)).toEqual(rules.map((r) => `${docs}/${r.id}.md`));
    expect(rules.find((r) => r.id === 'require-clarifai-owner')).toMatchObject({
      fullDescription: {
        text:
          "Require Clarifai-owned models and workflows to be called with Clarifai's user and app ids. Since API 11.6 " +
          '(June 2025) a Clarifai-owned model or workflow is reached only by naming its owner clarifai / main, not your own user and app.',
      },
    });
    // Rule numbers of the project's notes mean nothing to a dashboard's reader.
    expect(text).not.toMatch(/\bR[1-7]\b/);
  });
});

describe('--dry and --diff', () => {
  it('prints a unified diff, uncoloured off a terminal, and changes nothing', () => {
    const dir = exampleCopy();
    const before = snapshot(dir);
    const result = runCli(['--dry', '--diff'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--- a/backend/controllers/colors.ts\n+++ b/backend/controllers/colors.ts\n');
    expect(result.stdout).toContain("-metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);\n");
    expect(result.stdout).toContain("+      user_app_id: { user_id: 'clarifai', app_id: 'main' },\n");
    expect(result.stdout).not.toContain('\x1b[');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('writing files', () => {
  it('migrates in place, and a second run finds nothing more to change', () => {
    const dir = exampleCopy();
    const result = runCli([], dir);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'backend/controllers/colors.ts'), 'utf8')).toContain("user_app_id: { user_id: 'clarifai', app_id: 'main' },");
    expect(readFileSync(join(dir, 'backend/controllers/tags.ts'))).toEqual(readFileSync(join(exampleCopy(), 'backend/controllers/tags.ts')));
    expect(result.stdout).toMatch(/Changed\s+6\n/);

    const after = snapshot(dir);
    const again = runCli(['--json'], dir);
    expect(again.status).toBe(0);
    expect(json(again.stdout).summary.changed).toBe(0);
    expect(snapshot(dir)).toEqual(after);
  });

  it('leaves a file that does not parse byte-identical, reports it, and migrates the rest', () => {
    const broken = "const Clarifai = require('clarifai');\nconst app = new Clarifai.App({ apiKey: KEY,, });\n";
    const dir = tempTree({ 'broken.js': broken, 'grpc.ts': fixture('grpc-api-key.input.ts') });
    const result = runCli([], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('failed to parse: broken.js: Property assignment expected. (2:44)');
    expect(readFileSync(join(dir, 'broken.js'), 'utf8')).toBe(broken);
    expect(readFileSync(join(dir, 'grpc.ts'), 'utf8')).toBe(fixture('grpc-api-key.output.ts'));
    const report = dryJson(runCli(['--json', '--dry'], dir).stdout);
    expect(fileOf(report, 'broken.js')).toMatchObject({ wouldChange: false, error: 'failed to parse: broken.js: Property assignment expected. (2:44)' });
  });

  it('reports a read-only file and leaves it untouched', () => {
    const dir = tempTree({ 'legacy.js': fixture('legacy-app.input.js'), 'grpc.ts': fixture('grpc-api-key.input.ts') });
    chmodSync(join(dir, 'legacy.js'), 0o444);
    const result = runCli(['--json'], dir);
    expect(result.status).toBe(1);
    expect(fileOf(json(result.stdout), 'legacy.js')).toMatchObject({ changed: false, error: 'legacy.js: read-only; left unchanged' });
    expect(readFileSync(join(dir, 'legacy.js'), 'utf8')).toBe(fixture('legacy-app.input.js'));
    expect(statSync(join(dir, 'legacy.js')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, 'grpc.ts'), 'utf8')).toBe(fixture('grpc-api-key.output.ts'));
  });

  it('keeps a BOM, CRLF line endings and the file mode', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const dir = tempTree({ 'legacy.js': `\uFEFF${crlf(fixture('legacy-app.input.js'))}` });
    chmodSync(join(dir, 'legacy.js'), 0o755);
    expect(runCli([], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'legacy.js'), 'utf8')).toBe(`\uFEFF${crlf(fixture('legacy-app.output.js'))}`);
    expect(statSync(join(dir, 'legacy.js')).mode & 0o777).toBe(0o755);
  });
});

describe('git safety', () => {
  const repo = () => {
    const dir = exampleCopy();
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'initial');
    return dir;
  };

  it('refuses to write over uncommitted changes to the files it would change, unless --force', () => {
    const dir = repo();
    const colors = join(dir, 'backend/controllers/colors.ts');
    writeFileSync(colors, `${readFileSync(colors, 'utf8')}// work in progress\n`);
    const before = snapshot(dir);
    const refused = runCli([], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('refusing to write: these files have uncommitted changes:\n  backend/controllers/colors.ts\n');
    expect(snapshot(dir)).toEqual(before);

    expect(runCli(['--dry'], dir).status).toBe(0);
    expect(runCli(['--force'], dir).status).toBe(0);
    expect(readFileSync(colors, 'utf8')).toContain("user_id: 'clarifai'");
  });

  it('treats an untracked target as uncommitted, and ignores changes to files it would not touch', () => {
    const dir = repo();
    writeFileSync(join(dir, 'README.md'), 'notes\n');
    writeFileSync(join(dir, 'scripts/new.ts'), fixture('grpc-api-key.input.ts'));
    const refused = runCli([], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('  scripts/new.ts\n');
    expect(refused.stderr).not.toContain('README.md');
  });

  it('writes freely where there is no git repository', () => {
    const dir = tempTree({ 'grpc.ts': fixture('grpc-api-key.input.ts') });
    expect(runCli([], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'grpc.ts'), 'utf8')).toBe(fixture('grpc-api-key.output.ts'));
  });
});

describe('which files are looked at', () => {
  it('skips node_modules, build output, minified and ignored files, and honours --ignore-pattern and --extensions', () => {
    const call = fixture('grpc-api-key.input.ts');
    const dir = tempTree({
      '.gitignore': 'generated/\n',
      'src/a.ts': call,
      'src/b.mjs': call,
      'src/legacy/old.ts': call,
      'src/generated/client.ts': call,
      'node_modules/pkg/index.js': call,
      'dist/a.js': call,
      'build/a.js': call,
      'coverage/a.js': call,
      '.next/a.js': call,
      'public/vendor.min.js': call,
      'public/huge.js': `${call}\n${'// padding\n'.repeat(110_000)}`,
      'notes.txt': call,
    });
    const run = runCli(['--dry', '--json', '--ignore-pattern', 'legacy/', '--extensions', 'ts,js'], dir);
    expect(run.status).toBe(0);
    const report = dryJson(run.stdout);
    // The file over 1 MB is not read, but named with the reason.
    expect(report.files.map((f) => f.file)).toEqual(['public/huge.js', 'src/a.ts']);
    expect(fileOf(report, 'public/huge.js')).toEqual({
      file: 'public/huge.js',
      findings: [],
      wouldChange: false,
      leftForHuman: false,
      envVars: [],
      skipped: 'larger than 1 MB (1.2 MB)',
    });
    expect(report.summary).toMatchObject({ filesScanned: 1, skipped: 1, skippedTooLarge: 1, failed: 0 });

    const everything = dryJson(runCli(['--dry', '--json'], dir).stdout);
    expect(everything.files.map((f) => f.file)).toEqual(['public/huge.js', 'src/a.ts', 'src/b.mjs', 'src/legacy/old.ts']);
  });

  it('walks a directory named on the command line even when a .gitignore above ignores it', () => {
    const call = fixture('grpc-api-key.input.ts');
    const dir = tempTree({
      '.gitignore': 'generated/\n*.gen.ts\n',
      'generated/a.ts': call,
      'generated/b.gen.ts': call,
      'src/c.ts': call,
      'src/d.gen.ts': call,
    });
    git(dir, 'init', '-q');
    const report = dryJson(runCli(['--dry', '--json', 'generated', 'src'], dir).stdout);
    // The rules above an ignored directory that was named do not apply inside it; elsewhere they do.
    expect(report.files.map((f) => f.file)).toEqual(['generated/a.ts', 'generated/b.gen.ts', 'src/c.ts']);
  });

  it('takes a file named on the command line as it is', () => {
    const dir = tempTree({ 'dist/bundle.js': fixture('legacy-app.input.js') });
    const report = dryJson(runCli(['--dry', '--json', 'dist/bundle.js'], dir).stdout);
    expect(report.files.map((f) => f.file)).toEqual(['dist/bundle.js']);
  });
});

describe('fixes chosen by flags', () => {
  it('--safe-only leaves credential switches for a human; --only limits the rules', () => {
    const dir = exampleCopy();
    const safe = dryJson(runCli(['--dry', '--json', '--safe-only'], dir).stdout);
    expect(fileOf(safe, 'backend/controllers/colors.ts')).toMatchObject({ wouldChange: false, leftForHuman: true });
    expect(fileOf(safe, 'frontend/src/App.jsx')).toMatchObject({ wouldChange: true });

    const only = dryJson(runCli(['--dry', '--json', '--only', 'no-hardcoded-credentials'], dir).stdout);
    expect(only.files.map((f) => [f.file, f.findings.map((x) => x.ruleId)])).toEqual([['scripts/smoke-test.mjs', ['no-hardcoded-credentials']]]);
  });
});

describe('secrets', () => {
  it('never prints or records a hard-coded secret', () => {
    const dir = exampleCopy();
    const outputs = [
      runCli(['--dry', '--diff'], dir),
      runCli(['--dry', '--diff', '--json', '--sarif', 'report.sarif'], dir),
      runCli(['--check', '--safe-only', '--diff'], dir),
      runCli(['--diff'], dir),
    ];
    for (const { stdout, stderr } of outputs) {
      expect(stdout + stderr).not.toContain(FAKE_PAT);
    }
    expect(outputs[0]!.stdout).toContain("-const CLARIFAI_PAT = '[REDACTED]';");
    expect(readFileSync(join(dir, 'report.sarif'), 'utf8')).not.toContain(FAKE_PAT);
  });
});

describe('many candidates', () => {
  it('gives the same report from the worker pool as in process', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      files[`src/feature${i}/colors.ts`] = fixture('grpc-api-key.input.ts');
      files[`src/feature${i}/smoke.mjs`] = fixture('pat-no-owner.input.mjs');
    }
    const dir = tempTree({ ...files, 'src/broken.js': "// clarifai\nconst x = {,};\n" });
    const strip = (report: DryRunReport) => ({ ...report, summary: { ...report.summary, seconds: 0 } });
    const inProcess = runCli(['--dry', '--json', '--cpus', '1'], dir);
    const pooled = runCli(['--dry', '--json', '--cpus', '2'], dir);
    expect(pooled.status).toBe(1);
    expect(strip(dryJson(pooled.stdout))).toEqual(strip(dryJson(inProcess.stdout)));
    expect(dryJson(pooled.stdout).summary).toMatchObject({ candidates: 301, wouldChange: 300, failed: 1 });
  });
});

describe('files that are not read', () => {
  const posix = process.platform !== 'win32';
  /** A one-line bundle over 1 MB that calls Clarifai in a way the codemod would fix. */
  const bundle = `${fixture('legacy-app.input.js').replace(/\n/g, ' ')}${'var x=1;'.repeat(5 * 128 * 1024)}\n`;
  const fifoTree = () => {
    const dir = tempTree({ 'src/good.ts': fixture('grpc-api-key.input.ts') });
    execFileSync('mkfifo', [join(dir, 'src/pipe.js')]);
    return dir;
  };

  it.skipIf(!posix)('reports a FIFO named on the command line as failed, without opening it (it would block), and migrates the rest', () => {
    const dir = fifoTree();
    const human = runCli(['src/pipe.js', 'src/good.ts'], dir, { timeout: 20_000 });
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('src/pipe.js\n  failed  src/pipe.js: not a regular file (a FIFO); not read, left unchanged\n');
    expect(human.stdout).toMatch(/Skipped \(not read\)\s+1\n/);
    expect(readFileSync(join(dir, 'src/good.ts'), 'utf8')).toBe(fixture('grpc-api-key.output.ts'));
    expect(lstatSync(join(dir, 'src/pipe.js')).isFIFO()).toBe(true);

    const result = runCli(['--dry', '--json', 'src/pipe.js'], dir, { timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(dryJson(result.stdout)).toMatchObject({
      files: [
        {
          file: 'src/pipe.js',
          wouldChange: false,
          skipped: 'not a regular file (a FIFO)',
          error: 'src/pipe.js: not a regular file (a FIFO); not read, left unchanged',
        },
      ],
      summary: { filesScanned: 0, failed: 1, skipped: 1, skippedTooLarge: 0 },
    });
  });

  it.skipIf(!posix)('names a FIFO found in a directory as skipped, without failing the run', () => {
    const dir = fifoTree();
    const result = runCli(['--json', 'src'], dir, { timeout: 20_000 });
    expect(result.status).toBe(0);
    expect(fileOf(json(result.stdout), 'src/pipe.js')).toEqual({
      file: 'src/pipe.js',
      findings: [],
      changed: false,
      leftForHuman: false,
      envVars: [],
      skipped: 'not a regular file (a FIFO)',
    });
    expect(result.stderr).toContain('src/pipe.js\n  skipped  not a regular file (a FIFO); not read, left unchanged\n');
    expect(readFileSync(join(dir, 'src/good.ts'), 'utf8')).toBe(fixture('grpc-api-key.output.ts'));
  });

  it('names a file over 1 MB found in a directory in the text, JSON and SARIF reports, not as "Nothing to do"', () => {
    const dir = tempTree({ 'vendor/clarifai.bundle.js': bundle, 'src/tags.ts': fixture('correct-call.input.ts') });
    const check = runCli(['--check'], dir);
    // Files over 1 MB are skipped by design when walking (like node_modules): named, but the check still passes.
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('vendor/clarifai.bundle.js\n  skipped  larger than 1 MB (5.0 MB); not read, left unchanged\n');
    expect(check.stdout).toContain('Check by hand whether these files call Clarifai: they were skipped, not read (see "skipped" above): vendor/clarifai.bundle.js.');
    expect(check.stdout).not.toContain('Nothing to do');

    const result = runCli(['--dry', '--json', '--sarif', 'out.sarif'], dir);
    expect(result.status).toBe(0);
    const report = dryJson(result.stdout);
    expect(report.files).toEqual([
      { file: 'vendor/clarifai.bundle.js', findings: [], wouldChange: false, leftForHuman: false, envVars: [], skipped: 'larger than 1 MB (5.0 MB)' },
    ]);
    expect(report.summary).toMatchObject({ filesScanned: 1, candidates: 1, failed: 0, skipped: 1, skippedTooLarge: 1 });
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0]).toMatchObject({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'warning',
          message: { text: 'vendor/clarifai.bundle.js: skipped: larger than 1 MB (5.0 MB); not read' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'vendor/clarifai.bundle.js' } } }],
        },
      ],
    });
    expect(readFileSync(join(dir, 'vendor/clarifai.bundle.js'), 'utf8')).toBe(bundle);
  });

  it('fails (exit 1) on a file over 1 MB named on the command line, and leaves it as it was', () => {
    const dir = tempTree({ 'vendor/clarifai.bundle.js': bundle });
    const result = runCli(['--json', 'vendor/clarifai.bundle.js'], dir);
    expect(result.status).toBe(1);
    expect(json(result.stdout).files).toMatchObject([
      {
        file: 'vendor/clarifai.bundle.js',
        skipped: 'larger than 1 MB (5.0 MB)',
        error: 'vendor/clarifai.bundle.js: larger than 1 MB (5.0 MB); not read, left unchanged',
      },
    ]);
    expect(result.stderr).toContain('failed  vendor/clarifai.bundle.js: larger than 1 MB (5.0 MB); not read, left unchanged\n');
    expect(readFileSync(join(dir, 'vendor/clarifai.bundle.js'), 'utf8')).toBe(bundle);
  });

  it.skipIf(!posix)('calls a symbolic link loop named on the command line a symbolic link loop (exit 2)', () => {
    const dir = tempTree();
    symlinkSync('loop-b.js', join(dir, 'loop-a.js'));
    symlinkSync('loop-a.js', join(dir, 'loop-b.js'));
    const result = runCli(['--json', 'loop-a.js'], dir);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'clarifai-codemod: symbolic link loop (ELOOP): loop-a.js\n' });
  });
});
