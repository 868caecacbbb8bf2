// Bad input, generated at test time in a temp dir (bad-corpus.ts): broken syntax, binary and non-UTF-8 bytes,
// BOM / CRLF / mixed line endings, a 5 MB bundle, deep nesting, symlink loops, unreadable and read-only files,
// declaration files, Flow, Vue and Svelte. The engine, ESLint with the plugin and the codemod CLI must each
// cope: a parse error at most, never a crash, and nothing written that should not be.
import { constants, accessSync, chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '@typescript-eslint/typescript-estree';
import { CORPUS, FIXABLE, writeCorpus, type BadInput } from './bad-corpus.js';
import { codemodCliReady, itRequiresTheCli, runCodemod, STACK_FRAME, type JsonReport } from './cli.js';
import { isCrashMessage } from './eslint-host.mjs';
import { analyze, applyFixes, fixesOf, isParseError, migrate, mightCallClarifai, parseForEngine } from './engine.js';

const isRoot = process.getuid?.() === 0;
const CLI_READY = codemodCliReady();
const DEFAULT_EXTENSIONS = /\.(?:js|jsx|ts|tsx|mjs|cjs|mts|cts|vue|svelte|astro|html|htm)$/i;

/** The engine's migration of a script file; of the code of each `<script>` block in a component. */
function engineMigration(text: string, path: string): string {
  if (!/\.(?:vue|svelte)$/.test(path)) return migrate(text, path).text;
  return text.replace(/(?<=<script>)[\s\S]*?(?=<\/script>)/g, (code) => migrate(code, `${path}.js`).text);
}
const BOM = '\uFEFF';

const tried = { engine: 0, eslint: 0, codemod: 0 };
const outcomes: string[] = [];
const temps: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function readable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

const regular = (input: BadInput) => input.special === undefined || input.special === 'unreadable';

// The slow parts start at once and run beside the engine checks (which keep this thread busy): ESLint in a
// worker thread (its parse of the 5 MB bundle alone takes tens of seconds), the codemod in child processes.
const eslintRoot = tempDir('clarifai-bad-eslint-');
const eslintInputs = writeCorpus(eslintRoot).filter((i) => regular(i) && readable(join(eslintRoot, i.path)));
type Linted = { file: string; threw?: string; messages?: { ruleId: string | null; fatal?: boolean; message: string }[] };
const eslintResults: Promise<Linted[]> = new Promise((resolve, reject) => {
  const worker = new Worker(new URL('./eslint-worker.mjs', import.meta.url), {
    workerData: { cwd: eslintRoot, files: eslintInputs.map((i) => i.path) },
  });
  worker.once('message', resolve);
  worker.once('error', reject);
});
eslintResults.catch(() => {});

const cliRoot = tempDir('clarifai-bad-cli-');
const cliInputs = writeCorpus(cliRoot);
const cliBefore = new Map<string, { bytes: Buffer; mode: number } | { link: string }>();
for (const input of cliInputs) {
  const path = join(cliRoot, input.path);
  if (input.special === 'symlink-loop' || input.special === 'dir-cycle') cliBefore.set(input.path, { link: readlinkSync(path) });
  else cliBefore.set(input.path, { bytes: readAsOwner(path), mode: statSync(path).mode });
}
const cliRun = CLI_READY ? runCodemod(['--json', '.'], cliRoot, 150_000) : undefined;

const fifoDir = tempDir('clarifai-bad-fifo-');
mkdirSync(join(fifoDir, 'src'));
writeFileSync(join(fifoDir, 'src/good.js'), FIXABLE);
execFileSync('mkfifo', [join(fifoDir, 'src/pipe.js')]);
const fifoWalked = CLI_READY ? runCodemod(['--json', 'src'], fifoDir, 30_000) : undefined;
// After the walk (which migrates good.js), name the FIFO itself.
const fifoNamed = fifoWalked?.then(() => runCodemod(['--json', 'src/pipe.js', 'src/good.js'], fifoDir, 15_000));

/** Bytes of a file even when it is chmod 000 (as a test user that is not root). */
function readAsOwner(path: string): Buffer {
  if (readable(path)) return readFileSync(path);
  const mode = statSync(path).mode;
  chmodSync(path, 0o600);
  try {
    return readFileSync(path);
  } finally {
    chmodSync(path, mode & 0o7777);
  }
}

afterAll(() => {
  for (const dir of temps) {
    // chmod 000 files (and their parents) must be writable again before they can go.
    try {
      execFileSync('chmod', ['-R', 'u+rwX', dir]);
    } catch {
      /* best effort */
    }
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `bad inputs tried: ${CORPUS.length} kinds of input (+1 FIFO); engine ${tried.engine}, ESLint ${tried.eslint}, codemod ${tried.codemod} files` +
      `${isRoot ? ' (running as root: chmod 000 files stay readable)' : ''}`,
  );
  for (const line of outcomes) console.log(`  ${line}`);
});

describe('bad input: the engine', () => {
  let root: string;
  let inputs: BadInput[];
  beforeAll(() => {
    root = tempDir('clarifai-bad-engine-');
    inputs = writeCorpus(root);
  });

  it('throws nothing but a parse error from parseForEngine, and its fixes stay parseable', () => {
    const crashes: string[] = [];
    for (const input of inputs.filter(regular)) {
      const path = join(root, input.path);
      if (!readable(path)) {
        outcomes.push(`engine   ${input.path}: not readable by this user (skipped)`);
        continue;
      }
      tried.engine++;
      const raw = readFileSync(path, 'utf8');
      const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
      if (!mightCallClarifai(text)) {
        expect(analyze({ ...parseForEngine('', input.path), text, filename: input.path })).toEqual([]);
        outcomes.push(`engine   ${input.path}: not a candidate`);
        continue;
      }
      let parsed: ReturnType<typeof parseForEngine>;
      try {
        parsed = parseForEngine(text, input.path);
      } catch (error) {
        if (isParseError(error)) outcomes.push(`engine   ${input.path}: parse error (${(error as Error).message})`);
        else crashes.push(`${input.path} (${input.about}): parseForEngine threw ${(error as Error).constructor.name}: ${(error as Error).message}`);
        continue;
      }
      try {
        const findings = analyze({ ...parsed, text, filename: input.path });
        if (input.heavy) {
          // One pass only: every parse of 5 MB costs seconds. The output must still parse.
          const once = applyFixes(text, fixesOf(text, findings, ['safe', 'needs-review']));
          parse(once.text, { range: true, jsx: true });
          outcomes.push(`engine   ${input.path}: ${findings.length} findings, ${once.applied} fixed in one pass`);
        } else {
          const fixed = migrate(raw, input.path);
          expect(fixed.passes).toBeLessThan(10);
          parseForEngine(fixed.text.startsWith(BOM) ? fixed.text.slice(1) : fixed.text, input.path);
          if (raw.startsWith(BOM)) expect(fixed.text.startsWith(BOM), `${input.path} keeps its BOM`).toBe(true);
          outcomes.push(`engine   ${input.path}: ${findings.length} findings, fixed in ${fixed.passes} passes`);
        }
      } catch (error) {
        crashes.push(`${input.path} (${input.about}): ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    expect(crashes).toEqual([]);
  }, 180_000);
});

describe('bad input: ESLint with eslint-plugin-clarifai (strict, typescript-eslint parser)', () => {
  it('gives rule messages or one fatal "Parsing error", never a crash', async () => {
    const crashes: string[] = [];
    const results = await eslintResults;
    for (const { file, threw, messages = [] } of results) {
      tried.eslint++;
      const about = eslintInputs.find((i) => i.path === file)?.about;
      if (threw) {
        crashes.push(`${file} (${about}): lintFiles threw ${threw}`);
        continue;
      }
      const bad = messages.filter(isCrashMessage);
      if (bad.length > 0) crashes.push(`${file}: ${bad.map((m) => `${m.ruleId}: ${m.message}`).join('; ')}`);
      const fatal = messages.filter((m) => m.fatal);
      if (fatal.length > 1) crashes.push(`${file}: ${fatal.length} fatal messages`);
      outcomes.push(`eslint   ${file}: ${fatal.length > 0 ? fatal[0]!.message : `${messages.length} rule messages`}`);
    }
    expect(results.length).toBe(eslintInputs.length);
    expect(crashes).toEqual([]);
  }, 180_000);
});

describe.skipIf(!CLI_READY)('bad input: the codemod CLI', () => {
  const root = cliRoot;
  const inputs = cliInputs;
  const before = cliBefore;
  let run: Awaited<ReturnType<typeof runCodemod>>;
  let report: JsonReport;

  beforeAll(async () => {
    run = (await cliRun)!;
    tried.codemod += inputs.length;
    report = JSON.parse(run.stdout) as JsonReport;
  }, 180_000);

  const entry = (path: string) => report.files.find((f) => f.file === path || f.file === `./${path}`);

  it('finishes with "a file failed" (exit 1), not a crash, a hang or a stack trace', () => {
    expect(run.timedOut, 'the run hung').toBe(false);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).not.toMatch(STACK_FRAME);
  });

  it('leaves every bad file byte-identical with its mode, and reports each candidate with a reason', () => {
    const problems: string[] = [];
    for (const input of inputs.filter((i) => i.expect === 'untouched')) {
      const path = join(root, input.path);
      const was = before.get(input.path)!;
      if ('link' in was) {
        const stats = lstatSync(path);
        if (!stats.isSymbolicLink() || readlinkSync(path) !== was.link) problems.push(`${input.path}: the symlink was replaced`);
        outcomes.push(`codemod  ${input.path}: ${entry(input.path)?.error ?? 'skipped (symlinks are not followed)'}`);
        continue;
      }
      const now = readAsOwner(path);
      if (!now.equals(was.bytes)) problems.push(`${input.path} (${input.about}): bytes changed`);
      if (statSync(path).mode !== was.mode) problems.push(`${input.path}: mode changed from ${was.mode.toString(8)} to ${statSync(path).mode.toString(8)}`);
      const candidate = DEFAULT_EXTENSIONS.test(input.path) && mightCallClarifai(was.bytes.toString('utf8'));
      const reported = entry(input.path);
      if (candidate && !reported?.error) problems.push(`${input.path} (${input.about}): not reported with a reason (${JSON.stringify(reported ?? null)})`);
      if (candidate && reported?.error && !run.stderr.includes(input.path)) problems.push(`${input.path}: missing from the human report`);
      outcomes.push(`codemod  ${input.path}: ${reported?.error ?? (candidate ? 'NOT REPORTED' : 'not a candidate')}`);
    }
    for (const input of inputs.filter((i) => i.expect === 'unchanged')) {
      const was = before.get(input.path) as { bytes: Buffer; mode: number };
      if (!readFileSync(join(root, input.path)).equals(was.bytes)) problems.push(`${input.path} (${input.about}): bytes changed`);
      if (entry(input.path)?.error) problems.push(`${input.path} (${input.about}): reported as failed: ${entry(input.path)!.error}`);
      outcomes.push(`codemod  ${input.path}: ${entry(input.path) ? 'listed' : 'nothing to do'}`);
    }
    expect(problems).toEqual([]);
  });

  it('migrates the good files in the same run exactly as the engine does, keeping BOM, line endings and mode', () => {
    const problems: string[] = [];
    for (const input of inputs.filter((i) => i.expect === 'migrated')) {
      const path = join(root, input.path);
      const was = before.get(input.path) as { bytes: Buffer; mode: number };
      const expected = engineMigration(was.bytes.toString('utf8'), input.path);
      const now = readFileSync(path, 'utf8');
      if (now !== expected) problems.push(`${input.path} (${input.about}): ${now === was.bytes.toString('utf8') ? 'left unchanged' : 'differs from the engine migration'}`);
      if (statSync(path).mode !== was.mode) problems.push(`${input.path}: mode changed`);
      if (entry(input.path)?.changed !== true) problems.push(`${input.path}: not reported as changed`);
      outcomes.push(`codemod  ${input.path}: ${entry(input.path)?.changed ? 'migrated' : 'NOT MIGRATED'}`);
    }
    expect(problems).toEqual([]);
  });

  it('either migrates the 5 MB bundle exactly or names it as skipped, with the reason', () => {
    for (const input of inputs.filter((i) => i.expect === 'either')) {
      const path = join(root, input.path);
      const was = before.get(input.path) as { bytes: Buffer; mode: number };
      const now = readFileSync(path);
      if (now.equals(was.bytes)) {
        const named = run.stderr.includes(input.path) || JSON.stringify(report).includes(input.path);
        outcomes.push(`codemod  ${input.path}: left unchanged; ${named ? 'named in the report' : 'NOT NAMED in the report (only counted)'}`);
        expect(named, `${input.path} (${input.about}) was skipped without being named in the report`).toBe(true);
      } else {
        // Migrated: one fix pass is enough for its one call.
        const text = was.bytes.toString('utf8');
        const { ast, scopeManager } = parseForEngine(text, input.path);
        const once = applyFixes(text, fixesOf(text, analyze({ ast, scopeManager, text, filename: input.path }), ['safe', 'needs-review']));
        expect(now.toString('utf8')).toBe(once.text);
        outcomes.push(`codemod  ${input.path}: migrated`);
      }
    }
  });

  it('does not hang on a FIFO named .js, whether found in a directory or named on the command line', async () => {
    const walked = (await fifoWalked)!;
    tried.codemod += 2;
    expect(walked.timedOut, 'the run over a directory with a FIFO hung').toBe(false);
    expect(readFileSync(join(fifoDir, 'src/good.js'), 'utf8')).toBe(migrate(FIXABLE, 'good.js').text);
    const named = (await fifoNamed)!;
    outcomes.push(`codemod  src/pipe.js (FIFO): in a directory exit ${walked.status}; named: ${named.timedOut ? 'HUNG (killed after 15 s)' : `exit ${named.status}`}`);
    expect(named.timedOut, 'the run with a FIFO named on the command line hung (reading a FIFO blocks)').toBe(false);
    expect(lstatSync(join(fifoDir, 'src/pipe.js')).isFIFO()).toBe(true);
    expect(named.stderr + named.stdout).toContain('pipe.js');
  }, 60_000);

  it('reports a symlink loop named on the command line without a crash', async () => {
    const named = await runCodemod(['--json', 'loop-a.js'], root, 30_000);
    tried.codemod++;
    outcomes.push(`codemod  loop-a.js named: exit ${named.status}: ${named.stderr.trim().split('\n')[0]}`);
    expect(named.timedOut).toBe(false);
    expect(named.status === 1 || named.status === 2).toBe(true);
    expect(named.stderr).toContain('loop-a.js');
    expect(named.stderr).not.toMatch(STACK_FRAME);
  }, 60_000);
});

itRequiresTheCli(CLI_READY);
