// An oracle for the fixtures' expected outputs that does not come from the engine: each migrated output that is
// a whole program (or a module, through a driver that calls its export) runs against the Clarifai stand-in with
// the real client package, and must authenticate with the PAT and name the owner the resource really has.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CLARIFAI_MAIN, FAKE_API_KEY, FAKE_PAT, REPO, SUCCESS, type RecordedRequest } from './e2e/helpers.ts';
import { startStandin, type Standin } from './clarifai-standin/server.ts';

type Transport = 'preload' | 'grpc-tls';

interface OracleCase {
  /** The expected output under fixtures/. */
  output: string;
  transport: Transport;
  /** A whole program's argv, or the export of a module to call and its arguments. */
  run: { argv: string[] } | { call: string; args: unknown[] };
  /** The request the program must make: the resource and the owner it must name. */
  resourceId: string;
}

const IMAGE = 'https://samples.example.com/meal.jpg';

const CASES: OracleCase[] = [
  { output: 'no-api-key-outside-app/rest-fetch-food-template.output.mjs', transport: 'preload', run: { argv: [IMAGE] }, resourceId: 'food-item-recognition' },
  { output: 'no-hardcoded-credentials/grpc-key-literal.output.cjs', transport: 'grpc-tls', run: { argv: [IMAGE] }, resourceId: 'general-image-recognition' },
  { output: 'require-clarifai-owner/fetch-own-user-main.output.mjs', transport: 'preload', run: { argv: [IMAGE] }, resourceId: 'face-detection' },
  { output: 'require-clarifai-owner/grpc-clarifai-own-app.output.cjs', transport: 'grpc-tls', run: { argv: [IMAGE] }, resourceId: 'general-image-recognition' },
  { output: 'require-clarifai-owner/grpc-own-ids-shared.output.cjs', transport: 'grpc-tls', run: { call: 'predictFood', args: [IMAGE] }, resourceId: 'food-item-recognition' },
  // A CommonJS module in a `.js` file: run as `.cjs`.
  { output: 'require-clarifai-owner/legacy-pat-own-ids.output.js', transport: 'preload', run: { call: 'handleApiCall', args: [{ $express: { input: IMAGE } }] }, resourceId: 'face-detection' },
];

const PRELOAD = join(REPO, 'test/clarifai-standin/preload.mjs');
const CALL_EXPORT = join(REPO, 'test/clarifai-standin/programs/call-export.mjs');

let standin: Standin;
// CommonJS outputs named `.js` are run from here as `.cjs` (the repository's package.json says "type": "module");
// the repository's node_modules is linked in so that they find their client package.
const cjsDir = mkdtempSync(join(tmpdir(), 'clarifai-oracle-'));
symlinkSync(join(REPO, 'node_modules'), join(cjsDir, 'node_modules'), 'dir');
beforeAll(async () => {
  standin = await startStandin();
});
afterAll(async () => {
  await standin?.close();
  rmSync(cjsDir, { recursive: true, force: true });
});

function runnable(output: string): string {
  const file = join(REPO, 'fixtures', output);
  if (!output.endsWith('.js')) return file;
  const copy = join(cjsDir, basename(output).replace(/\.js$/, '.cjs'));
  copyFileSync(file, copy);
  return copy;
}

function runCase({ output, transport, run }: OracleCase, apiKey = false): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const file = runnable(output);
  const program = 'argv' in run ? [file, ...run.argv] : [CALL_EXPORT, file, run.call, JSON.stringify(run.args)];
  const args = transport === 'preload' ? ['--import', PRELOAD, ...program] : program;
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    // After migration only the PAT (and the caller's own ids) are set: the API key can be revoked.
    CLARIFAI_PAT: FAKE_PAT,
    ...(apiKey && { CLARIFAI_API_KEY: FAKE_API_KEY }),
    CLARIFAI_USER_ID: 'demo-user',
    CLARIFAI_APP_ID: 'demo-app',
    ...(transport === 'preload'
      ? { CLARIFAI_STANDIN_URL: standin.restUrl }
      : { CLARIFAI_GRPC_BASE: standin.grpcTarget, GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: standin.certPath }),
  };
  return new Promise((done) =>
    execFile(process.execPath, args, { cwd: REPO, env, timeout: 30_000 }, (error, stdout, stderr) =>
      done({ exitCode: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    ),
  );
}

describe('migrated fixture outputs against the Clarifai stand-in', () => {
  for (const c of CASES) {
    it(`${c.output} authenticates with the PAT and names ${c.resourceId}'s owner, clarifai/main`, async () => {
      const before = standin.requests.length;
      const result = await runCase(c);
      expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
      const made: Partial<RecordedRequest>[] = standin.requests.slice(before).map((r) => ({
        authorization: r.authorization,
        userAppId: r.userAppId,
        resourceId: r.resourceId,
        statusCode: r.statusCode,
      }));
      expect(made).toEqual([{ authorization: `Key ${FAKE_PAT}`, userAppId: CLARIFAI_MAIN, resourceId: c.resourceId, statusCode: SUCCESS }]);
    });

    it(`${c.output.replace('.output.', '.input.')} as written (API key still set) is refused: the oracle can fail`, async () => {
      const before = standin.requests.length;
      await runCase({ ...c, output: c.output.replace('.output.', '.input.') }, true);
      const made = standin.requests.slice(before);
      expect(made.map((r) => r.resourceId)).toEqual([c.resourceId]);
      expect(made[0]?.statusCode).not.toBe(SUCCESS);
    });
  }
});
