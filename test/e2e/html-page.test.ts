// A plain HTML page whose inline script calls Clarifai the way Clarifai's docs show it (a PAT, the caller's own
// user/app for Clarifai's general model: broken since API 11.6). The page runs in Node (fixtures/e2e/html/run-page.mjs:
// its scripts in order, a minimal DOM, the PAT typed into its password field) against the stand-in, before and after
// the real codemod CLI migrated a copy; the JSON block of the page and every byte outside the script stay as they were.
import { startStandin, type Standin } from '../clarifai-standin/server.ts';
import {
  CLARIFAI_MAIN,
  changedFiles,
  copyFixture,
  DEMO_APP,
  FAKE_PAT,
  GENERAL_CONCEPTS,
  migrate,
  runProgram,
  SNAKE_CLARIFAI_MAIN,
  SUCCESS,
  type Workspace,
} from './helpers.ts';

let standin: Standin;
let ws: Workspace;
beforeAll(async () => {
  [standin, ws] = await Promise.all([startStandin(), copyFixture('html')]);
});
afterAll(async () => {
  await Promise.all([standin?.close(), ws?.remove()]);
});

const request = (userAppId: typeof DEMO_APP, statusCode: number) => ({
  transport: 'rest',
  method: 'POST',
  rpc: 'PostModelOutputs',
  path: '/v2/models/general-image-recognition/outputs',
  authorization: `Key ${FAKE_PAT}`,
  userAppId,
  resourceId: 'general-image-recognition',
  statusCode,
});

it('the page as written fails: Clarifai\'s model is not in the caller\'s app', async () => {
  const run = await runProgram(standin, 'preload', 'before', ws.dir, 'run-page.mjs');
  expect(run.outcome, run.stderr).toEqual({
    http: 404,
    code: 21200,
    description: 'Model does not exist',
    details: "Model 'general-image-recognition' does not exist in app demo-user/demo-app",
  });
  expect(run.exitCode).toBe(1);
  expect(standin.requests.splice(0)).toEqual([request(DEMO_APP, 21200)]);
});

it('the codemod rewrites only the owner inside the script, and the migrated page authenticates', async () => {
  const migration = await migrate(ws);
  expect(migration.exitCode, migration.stderr).toBe(0);
  expect(await changedFiles(ws)).toEqual(['index.html']);
  const before = ws.original.get('index.html')!;
  const after = await ws.read('index.html');
  expect(after).toMatch(SNAKE_CLARIFAI_MAIN);
  // The owner is written at the call, and the constants that only fed it go (no orphans).
  const expected = before
    .replace('user_app_id: { user_id: USER_ID, app_id: APP_ID }', "user_app_id: { user_id: 'clarifai', app_id: 'main' }")
    .replace(/\n[ \t]*const USER_ID = 'demo-user';\n[ \t]*const APP_ID = 'demo-app';/, '');
  expect(expected).not.toBe(before);
  expect(after).toBe(expected);
  expect(migration.report?.files.map((f) => [f.file, f.findings.map((x) => [x.ruleId, x.fixed])])).toEqual([
    // The page sends the PAT its visitor types in: warned of (a PAT reaches every app), never blocked.
    ['html/index.html', [['require-clarifai-owner', true], ['no-pat-in-browser', false]]],
  ]);

  const run = await runProgram(standin, 'preload', 'after', ws.dir, 'run-page.mjs');
  expect(run.outcome, run.stderr).toEqual({
    http: 200,
    code: SUCCESS,
    description: 'Ok',
    concepts: GENERAL_CONCEPTS,
  });
  expect(run.exitCode).toBe(0);
  expect(standin.requests.splice(0)).toEqual([request(CLARIFAI_MAIN, SUCCESS)]);
});
