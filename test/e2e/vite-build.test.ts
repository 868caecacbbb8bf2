// A Vite app, really built: migrated by the codemod CLI, built with `vite build` with the env vars the report asks
// for set at build time (and nothing at run time), its bundle run in Node against the Clarifai stand-in. Before
// issue 14 the migration wrote `process.env.CLARIFAI_PAT`, which Vite leaves alone and a browser cannot read.
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startStandin, type Standin } from '../clarifai-standin/server.ts';
import { changedFiles, childEnv, copyFixture, FAKE_API_KEY, FAKE_PAT, migrate, REPO, run, SUCCESS, type Workspace } from './helpers.ts';

/** The Vite that Vitest runs on: always installed with it, so the test adds no dependency of its own. */
const VITE = join(dirname(createRequire(createRequire(join(REPO, 'package.json')).resolve('vitest/package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
const PRELOAD = join(REPO, 'test', 'clarifai-standin', 'preload.mjs');
const TIMEOUT_MS = 120_000;

/** `vite build` with these variables in its environment (as a CI job or `VITE_X=... npm run build` sets them). */
async function build(ws: Workspace, env: Record<string, string>): Promise<string> {
  const result = await run(process.execPath, [VITE, 'build', '--logLevel', 'error', '--emptyOutDir'], { cwd: ws.dir, env: childEnv(env) });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  const assets = (await readdir(join(ws.dir, 'dist', 'assets'))).filter((f) => f.endsWith('.js'));
  expect(assets).toHaveLength(1);
  return join(ws.dir, 'dist', 'assets', assets[0]!);
}

/** The bundle in Node with only the stand-in's address: whatever it needs must have been built in. */
async function runBundle(standin: Standin, bundle: string): Promise<unknown> {
  const result = await run(process.execPath, ['--import', PRELOAD, bundle], { cwd: REPO, env: childEnv({ CLARIFAI_STANDIN_URL: standin.restUrl }) });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

describe('e2e: a Vite app migrated by the codemod, built with vite build', () => {
  let standin: Standin;
  let ws: Workspace;
  beforeAll(async () => {
    [standin, ws] = await Promise.all([startStandin(), copyFixture('vite')]);
  });
  afterAll(async () => {
    await Promise.all([standin?.close(), ws?.remove()]);
  });

  it('as written: the hard-coded PAT works, the API key cannot reach clarifai/main', async () => {
    const bundle = await build(ws, { VITE_CLARIFAI_API_KEY: FAKE_API_KEY });
    const outcome = (await runBundle(standin, bundle)) as { describe: { code: number }; faces: { code: number } };
    expect(outcome.describe).toEqual({ http: 200, code: SUCCESS });
    expect(outcome.faces.code).not.toBe(SUCCESS);
  }, TIMEOUT_MS);

  it('migrated: reads import.meta.env.VITE_CLARIFAI_PAT, and the report asks for exactly that, set in .env for vite build', async () => {
    const migration = await migrate(ws);
    expect(migration.exitCode).toBe(0);
    expect(await changedFiles(ws)).toEqual(['src/describe.js', 'src/faces.js']);
    expect(await ws.read('src/describe.js')).toContain('const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;');
    expect(await ws.read('src/faces.js')).toContain('Authorization: `Key ${import.meta.env.VITE_CLARIFAI_PAT}`');
    const report = JSON.parse(migration.stdout) as {
      summary: { envVarsToSet: string[]; envVarsWhere: { framework: string; vars: string[] }[]; patInBrowser: string[] };
    };
    expect(report.summary.envVarsToSet).toEqual(['VITE_CLARIFAI_PAT']);
    expect(report.summary.envVarsWhere).toMatchObject([{ framework: 'Vite', vars: ['VITE_CLARIFAI_PAT'] }]);
    // Paths in the report are relative to where the codemod ran: the workspace root above the app.
    expect(report.summary.patInBrowser).toEqual(['vite/src/describe.js', 'vite/src/faces.js']);
  }, TIMEOUT_MS);

  it('migrated and built with VITE_CLARIFAI_PAT set at build time: both calls authenticate', async () => {
    const bundle = await build(ws, { VITE_CLARIFAI_PAT: FAKE_PAT });
    expect(await runBundle(standin, bundle)).toEqual({ describe: { http: 200, code: SUCCESS }, faces: { http: 200, code: SUCCESS } });
  }, TIMEOUT_MS);
});
