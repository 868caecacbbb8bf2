// End-to-end proof that migrated code really authenticates: real client programs (fixtures/e2e/<style>) run in
// child processes against the Clarifai stand-in, once as written and once after the real codemod CLI migrated a
// temp copy of them. One test file per client style uses `defineE2ESuite` with a table of scenarios.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAKE_API_KEY, FAKE_PAT } from '../clarifai-standin/rules.ts';
import { startStandin, type RecordedRequest, type Standin } from '../clarifai-standin/server.ts';

export { CLARIFAI_MAIN, DEMO_APP, FAKE_API_KEY, FAKE_PAT } from '../clarifai-standin/rules.ts';
export type { RecordedRequest } from '../clarifai-standin/server.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(REPO, 'fixtures', 'e2e');
const PRELOAD = join(REPO, 'test', 'clarifai-standin', 'preload.mjs');
const CODEMOD_BIN = join(REPO, 'packages', 'codemod', 'bin', 'clarifai-codemod.js');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

export const SUCCESS = 10000;
/** What the stand-in's general-image-recognition answers for every image. */
export const GENERAL_CONCEPTS = [
  { name: 'train', value: 0.875 },
  { name: 'railway', value: 0.75 },
  { name: 'people', value: 0.625 },
];
const CHILD_TIMEOUT_MS = 30_000;

/**
 * How the migration is done. `cli` (the default, and what the suite is for) runs the real
 * `clarifai-codemod <dir>` in a child process. `engine` applies every engine fix to every file directly; it
 * exists only to tell codemod faults from engine faults when something fails (CLARIFAI_E2E_MIGRATOR=engine).
 */
export const MIGRATOR: 'cli' | 'engine' = process.env.CLARIFAI_E2E_MIGRATOR === 'engine' ? 'engine' : 'cli';

/** The only environment a child gets: PATH plus what is named here. No proxies, no HOME, no real secrets. */
export function childEnv(vars: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', ...vars };
}

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function run(file: string, args: string[], options: { cwd: string; env: Record<string, string> }): Promise<Run> {
  return new Promise((done) => {
    execFile(file, args, { ...options, timeout: CHILD_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ exitCode, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Workspace: a temp copy of one fixture directory.

export interface Workspace {
  /** Temp root; holds `node_modules` (a link to the repository's) so programs and tsc resolve their packages. */
  root: string;
  /** The copied project directory, `<root>/<style>`: what the programs run from and what the codemod migrates. */
  dir: string;
  /** Files of the copy as they were before migration, by path relative to `dir`. */
  original: Map<string, string>;
  read(file: string): Promise<string>;
  remove(): Promise<void>;
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') files.push(...(await listFiles(path, base)));
    } else if (entry.isFile()) {
      files.push(relative(base, path));
    }
  }
  return files.sort();
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), 'utf8')] as const)));
}

/**
 * Copies fixtures/e2e/<style> to `<tmp>/<style>`. The repository's node_modules is linked one level ABOVE the
 * copy, so Node's and tsc's resolution find axios, clarifai, ... while the codemod, given only the copy, never
 * sees (let alone rewrites) installed packages.
 */
export async function copyFixture(style: string): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), `clarifai-e2e-${style}-`));
  await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  const dir = join(root, style);
  await cp(join(FIXTURES, style), dir, { recursive: true });
  return {
    root,
    dir,
    original: await snapshot(dir),
    read: (file) => readFile(join(dir, file), 'utf8'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Files whose text differs from the copy as it was made. */
export async function changedFiles(ws: Workspace): Promise<string[]> {
  const now = await snapshot(ws.dir);
  const paths = new Set([...ws.original.keys(), ...now.keys()]);
  return [...paths].filter((path) => ws.original.get(path) !== now.get(path)).sort();
}

// ---------------------------------------------------------------------------------------------------------------
// Migration.

/** The parts of `clarifai-codemod --json`'s report these tests read. */
export interface CodemodReport {
  files: Array<{
    file: string;
    changed: boolean;
    leftForHuman: boolean;
    envVars: string[];
    findings: Array<{ ruleId: string; safety?: string; fixed: boolean }>;
    error?: string;
  }>;
  summary: { changed: number; failed: number; leftForHuman: number; envVarsToSet: string[]; rotateKeysIn: string[] };
}

export interface Migration extends Run {
  migrator: typeof MIGRATOR;
  /** The CLI's JSON report (undefined in engine mode, or when stdout was not JSON). */
  report: CodemodReport | undefined;
}

/** `clarifai-codemod --json <dir>`: writes the fixes (safe and needs-review, the default) and prints the report. */
export async function migrate(ws: Workspace): Promise<Migration> {
  if (MIGRATOR === 'engine') return { migrator: 'engine', report: undefined, ...(await migrateWithEngine(ws.dir)) };
  const result = await run(process.execPath, [CODEMOD_BIN, '--json', ws.dir], {
    cwd: ws.root,
    env: childEnv({ NO_COLOR: '1' }),
  });
  let report: CodemodReport | undefined;
  try {
    report = JSON.parse(result.stdout) as CodemodReport;
  } catch {
    report = undefined;
  }
  return { migrator: 'cli', report, ...result };
}

interface EngineModule {
  analyze(input: object, options?: object): unknown[];
  parseForEngine(text: string, filename: string): { ast: unknown; scopeManager: unknown };
  mightCallClarifai(text: string): boolean;
  fixUntilStable(text: string, fixes: (text: string) => unknown[]): { text: string };
  fixesOf(text: string, findings: unknown[], safeties: string[]): unknown[];
}

/** Debugging aid only: every fix of every finding, applied to a fixpoint, file by file. */
async function migrateWithEngine(dir: string): Promise<Run> {
  const engine = (await import(join(REPO, 'packages', 'engine', 'dist', 'index.js'))) as EngineModule;
  const changed: string[] = [];
  for (const file of await listFiles(dir)) {
    if (!/\.(c|m)?[jt]sx?$/.test(file)) continue;
    const path = join(dir, file);
    const text = await readFile(path, 'utf8');
    if (!engine.mightCallClarifai(text)) continue;
    const findingsFor = (t: string) => {
      const { ast, scopeManager } = engine.parseForEngine(t, path);
      return engine.analyze({ ast, scopeManager, text: t, filename: path });
    };
    const fixed = engine.fixUntilStable(text, (t) => engine.fixesOf(t, findingsFor(t), ['safe', 'needs-review'])).text;
    if (fixed !== text) {
      await writeFile(path, fixed);
      changed.push(file);
    }
  }
  return { exitCode: 0, stdout: `engine fixed: ${changed.join(', ')}\n`, stderr: '' };
}

// ---------------------------------------------------------------------------------------------------------------
// Programs.

/** How a style's programs are pointed at the stand-in: the preload for fetch/axios, env vars for the rest. */
export type Transport = 'preload' | 'grpc-tls' | 'legacy-endpoint' | 'sdk-base';

/**
 * The deployment's environment, as in a real app's .env: before migration both fake secrets and the caller's own
 * ids. After migration the API key is gone (it can be revoked) unless a scenario `keepsApiKey` for calls to its own
 * app: the migrated code must not need it, and what the codemod's report says to set must be all it needs.
 */
const APP_ENV: Record<Phase, Record<string, string>> = {
  before: { CLARIFAI_API_KEY: FAKE_API_KEY, CLARIFAI_PAT: FAKE_PAT, CLARIFAI_USER_ID: 'demo-user', CLARIFAI_APP_ID: 'demo-app' },
  after: { CLARIFAI_PAT: FAKE_PAT, CLARIFAI_USER_ID: 'demo-user', CLARIFAI_APP_ID: 'demo-app' },
};

function transportEnv(transport: Transport, standin: Standin): Record<string, string> {
  switch (transport) {
    case 'preload':
      return { CLARIFAI_STANDIN_URL: standin.restUrl };
    case 'grpc-tls':
      return { CLARIFAI_GRPC_BASE: standin.grpcTarget, GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: standin.certPath };
    case 'legacy-endpoint':
      return { API_ENDPOINT: standin.restUrl };
    case 'sdk-base':
      return { CLARIFAI_API_BASE: `http://${standin.grpcInsecureTarget}` };
  }
}

export interface ProgramRun extends Run {
  /** The JSON line the program printed (its last stdout line). */
  outcome: Record<string, unknown> | undefined;
}

export async function runProgram(
  standin: Standin,
  transport: Transport,
  phase: Phase,
  cwd: string,
  program: string,
  keepsApiKey = false,
): Promise<ProgramRun> {
  const args = transport === 'preload' ? ['--import', PRELOAD, program] : [program];
  const env = { ...APP_ENV[phase], ...(keepsApiKey && { CLARIFAI_API_KEY: FAKE_API_KEY }), ...transportEnv(transport, standin) };
  const result = await run(process.execPath, args, { cwd, env: childEnv(env) });
  const last = result.stdout.trim().split('\n').at(-1);
  let outcome: ProgramRun['outcome'];
  try {
    outcome = last ? (JSON.parse(last) as Record<string, unknown>) : undefined;
  } catch {
    outcome = undefined;
  }
  return { ...result, outcome };
}

/**
 * The "before" build: TypeScript's transpileModule (no type-check, a fraction of tsc's time) of every .ts file
 * into `outDir`, as CommonJS like the project's tsconfig (NodeNext in a "type": "commonjs" package) emits it.
 */
export async function transpileTypeScript(ws: Workspace, outDir: string): Promise<void> {
  const { default: ts } = await import('typescript');
  for (const file of ws.original.keys()) {
    if (!file.startsWith('src/') || !file.endsWith('.ts')) continue;
    const { outputText } = ts.transpileModule(ws.original.get(file)!, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    const out = join(ws.root, outDir, file.slice('src/'.length).replace(/\.ts$/, '.js'));
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, outputText);
  }
}

/** `tsc -p <dir>` (type-check and emit) into `outDir`, outside the project so the codemod never sees compiled copies. */
export async function compileTypeScript(ws: Workspace, outDir: string): Promise<Run> {
  return run(process.execPath, [TSC, '-p', ws.dir, '--outDir', resolve(ws.root, outDir), '--pretty', 'false'], {
    cwd: ws.dir,
    env: childEnv({}),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Expected source text after migration: quote style and spacing are the fixer's business, the tokens are not.

const q = `['"\`]`;
/** `user_app_id: { user_id: 'clarifai', app_id: 'main' }` in any quoting and spacing (REST body, gRPC request). */
/** What the stand-in answers when the demo app's API key asks for a clarifai/main resource (R1/R2). */
export const apiKeyRefusal = (kind: 'model' | 'workflow', id: string) => ({
  http: 401,
  code: 11008,
  description: 'Invalid API key or Invalid API key/application pair',
  details: `API key is scoped to app demo-user/demo-app and cannot access ${kind} clarifai/main/${id}; use a PAT`,
});

export const SNAKE_CLARIFAI_MAIN = new RegExp(`user_app_id:\\s*\\{\\s*user_id:\\s*${q}clarifai${q},\\s*app_id:\\s*${q}main${q}\\s*,?\\s*\\}`);

/** `name: 'value'` in any quoting, as a property of an object literal. */
export const literalProperty = (name: string, value: string) => new RegExp(`\\b${name}:\\s*${q}${value}${q}`);

// ---------------------------------------------------------------------------------------------------------------
// The suite: per style, one workspace and one stand-in; every program runs before, then the codemod, then after.

export interface Expected {
  /** The JSON line the program printed (compared whole) and its exit code. */
  exitCode: 0 | 1;
  outcome: Record<string, unknown>;
  /** The request under test, as the stand-in recorded it. */
  request: RecordedRequest;
  /** Requests the program makes before that one (e.g. to its own app), in order. */
  earlier?: RecordedRequest[];
  /** The run also gets CLARIFAI_API_KEY after migration: the program still (rightly) uses it for its own app. */
  keepsApiKey?: boolean;
}

export interface Scenario {
  /** Program path inside the style directory. */
  program: string;
  /** What the program does and which rule breaks it, for the test names. */
  title: string;
  before: Expected;
  /** Source of the program after migration: every pattern must match / none of `lacks` may. */
  migrated: { has: Array<string | RegExp>; lacks: Array<string | RegExp> };
  /** The codemod report's findings for the program, by rule id: fixed, and left for a human. */
  report: { fixed: string[]; leftForHuman?: string[] };
  after: Expected;
}

export interface StyleSuite {
  style: string;
  transport: Transport;
  scenarios: Scenario[];
  /** TypeScript style: compile with the project's tsconfig (type-check included) and run the emitted JS. */
  typescript?: { outFile: (program: string) => string };
  /** Files the migration must leave byte-for-byte alone (package.json, tsconfig, ...). */
  untouched: string[];
}

export function defineE2ESuite(suite: StyleSuite): void {
  let standin: Standin;
  let ws: Workspace;
  const takeRequests = () => standin.requests.splice(0);
  const expectedRequests = (scenario: Scenario, phase: Phase) => [...(scenario[phase].earlier ?? []), scenario[phase].request];
  // Programs of one style run side by side; the stand-in's record is told apart by the RPC and resource of each call.
  const callKey = (r: RecordedRequest) => `${r.rpc} ${r.resourceId ?? ''}`;
  for (const phase of ['before', 'after'] as const) {
    const keys = suite.scenarios.flatMap((s) => expectedRequests(s, phase).map(callKey));
    if (new Set(keys).size !== keys.length) throw new Error(`${suite.style}: scenarios must make distinct calls`);
  }

  beforeAll(async () => {
    [standin, ws] = await Promise.all([startStandin(), copyFixture(suite.style)]);
  });
  afterAll(async () => {
    await Promise.all([standin?.close(), process.env.CLARIFAI_E2E_KEEP ? undefined : ws?.remove()]);
  });

  /** Runs every program of the style at once; returns each one's run and the requests the stand-in recorded. */
  async function runAll(phase: Phase): Promise<PhaseRuns> {
    const programOf = (scenario: Scenario) =>
      suite.typescript ? join(ws.root, `build-${phase}`, suite.typescript.outFile(scenario.program)) : scenario.program;
    takeRequests();
    const results = await Promise.all(
      suite.scenarios.map((s) => runProgram(standin, suite.transport, phase, ws.dir, programOf(s), s[phase].keepsApiKey === true)),
    );
    const recorded = takeRequests();
    return {
      recorded,
      runs: new Map(
        suite.scenarios.map((s, i) => {
          const keys = new Set(expectedRequests(s, phase).map(callKey));
          return [s, { result: results[i]!, recorded: recorded.filter((r) => keys.has(callKey(r))) }];
        }),
      ),
    };
  }

  function checkRun(phase: Phase, scenario: Scenario, { runs }: PhaseRuns) {
    const { result, recorded } = runs.get(scenario)!;
    const expected = scenario[phase];
    const context = `${phase}: ${scenario.program}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
    expect(result.outcome, context).toEqual(expected.outcome);
    expect(result.exitCode, context).toBe(expected.exitCode);
    expect(recorded, context).toEqual(expectedRequests(scenario, phase));
  }

  describe(`${suite.style}: before migration, as written`, () => {
    let phase: PhaseRuns;
    beforeAll(async () => {
      // Type-checking the original would only cost time: what must type-check is the migrated source.
      if (suite.typescript) await transpileTypeScript(ws, 'build-before');
      phase = await runAll('before');
    });
    it('the stand-in recorded the calls of the programs, nothing else', () => {
      expect(phase.recorded).toHaveLength(suite.scenarios.reduce((n, s) => n + expectedRequests(s, 'before').length, 0));
    });
    for (const scenario of suite.scenarios) {
      it(`${scenario.program} — ${scenario.title}: fails with ${scenario.before.request.statusCode}`, () => {
        checkRun('before', scenario, phase);
      });
    }
  });

  describe(`${suite.style}: migration with ${MIGRATOR === 'cli' ? 'the clarifai-codemod CLI' : 'the engine directly (debug mode)'}`, () => {
    let migration: Migration;
    const migratedText = new Map<string, string>();
    beforeAll(async () => {
      migration = await migrate(ws);
      for (const { program } of suite.scenarios) migratedText.set(program, await ws.read(program).catch(() => ''));
    });

    it('runs to completion and rewrites exactly the programs', async () => {
      const context = `stdout: ${migration.stdout}\nstderr: ${migration.stderr}`;
      expect(migration.exitCode, context).toBe(0);
      expect(await changedFiles(ws), context).toEqual(suite.scenarios.map((s) => s.program).sort());
      for (const file of suite.untouched) expect(await ws.read(file), file).toBe(ws.original.get(file));
    });

    it.skipIf(MIGRATOR !== 'cli')('reports each fix, what is left for a human and the variables to set', () => {
      const report = migration.report;
      expect(report, `stdout: ${migration.stdout}\nstderr: ${migration.stderr}`).toBeDefined();
      const entries = suite.scenarios.map((scenario) => {
        const entry = report!.files.find((f) => f.file === `${suite.style}/${scenario.program}`);
        return {
          program: scenario.program,
          changed: entry?.changed,
          error: entry?.error,
          fixed: entry?.findings.filter((f) => f.fixed).map((f) => f.ruleId).sort(),
          leftForHuman: entry?.findings.filter((f) => !f.fixed).map((f) => f.ruleId).sort(),
        };
      });
      expect(entries).toEqual(
        suite.scenarios.map((scenario) => ({
          program: scenario.program,
          changed: true,
          error: undefined,
          fixed: [...scenario.report.fixed].sort(),
          leftForHuman: [...(scenario.report.leftForHuman ?? [])].sort(),
        })),
      );
      expect(report!.files.map((f) => f.file).sort()).toEqual(suite.scenarios.map((s) => `${suite.style}/${s.program}`).sort());
      expect(report!.summary).toMatchObject({ changed: suite.scenarios.length, failed: 0, rotateKeysIn: [] });
      // The after-migration runs get the deployment's env minus the API key: what the report asks for must be in it.
      expect(Object.keys(APP_ENV.after)).toEqual(expect.arrayContaining(report!.summary.envVarsToSet));
      // And every environment variable a fix made the code read is one the report asks for.
      for (const scenario of suite.scenarios) {
        const entry = report!.files.find((f) => f.file === `${suite.style}/${scenario.program}`)!;
        const introduced = [...envReads(migratedText.get(scenario.program) ?? '')].filter(
          (name) => !envReads(ws.original.get(scenario.program) ?? '').has(name),
        );
        expect(entry.envVars, scenario.program).toEqual(expect.arrayContaining(introduced));
      }
    });

    it.skipIf(MIGRATOR !== 'cli')('a second run over the migrated copy changes nothing', async () => {
      const again = await migrate(ws);
      const context = `stdout: ${again.stdout}\nstderr: ${again.stderr}`;
      expect(again.exitCode, context).toBe(0);
      expect(again.report?.summary, context).toMatchObject({ changed: 0, failed: 0 });
      for (const [program, text] of migratedText) expect(await ws.read(program), program).toBe(text);
    });

    for (const scenario of suite.scenarios) {
      it(`${scenario.program}: reads the PAT from the environment and names the right owner`, () => {
        const text = migratedText.get(scenario.program)!;
        for (const pattern of scenario.migrated.has) {
          if (typeof pattern === 'string') expect(text).toContain(pattern);
          else expect(text).toMatch(pattern);
        }
        for (const pattern of scenario.migrated.lacks) {
          if (typeof pattern === 'string') expect(text).not.toContain(pattern);
          else expect(text).not.toMatch(pattern);
        }
      });
    }
  });

  describe(`${suite.style}: after migration`, () => {
    let compiled: Run | undefined;
    let phase: PhaseRuns;
    beforeAll(async () => {
      if (suite.typescript) compiled = await compileTypeScript(ws, 'build-after');
      phase = await runAll('after');
    });
    if (suite.typescript) {
      it('still type-checks and compiles (tsc with the project tsconfig)', () => {
        expect(compiled!.stdout + compiled!.stderr).toBe('');
        expect(compiled!.exitCode).toBe(0);
      });
    }
    it('the stand-in recorded the calls of the programs, nothing else', () => {
      expect(phase.recorded).toHaveLength(suite.scenarios.reduce((n, s) => n + expectedRequests(s, 'after').length, 0));
    });
    for (const scenario of suite.scenarios) {
      it(`${scenario.program} — ${scenario.title}: authenticates and gets ${scenario.after.request.statusCode}`, () => {
        checkRun('after', scenario, phase);
      });
    }
  });
}

type Phase = 'before' | 'after';

/** Names of the `process.env.X` reads in a source text. */
const envReads = (text: string) => new Set([...text.matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1]!));

interface PhaseRuns {
  recorded: RecordedRequest[];
  runs: Map<Scenario, { result: ProgramRun; recorded: RecordedRequest[] }>;
}
