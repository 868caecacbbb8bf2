// Two-module programs against the Clarifai stand-in: the client or the credentials and ids live in another module
// than the call. They fail as written, the codemod CLI migrates them (the shared client's module, or the call),
// and they authenticate after, with only what the report asks to set (no API key).
import { startStandin, type Standin } from '../clarifai-standin/server.ts';
import { changedFiles, copyFixture, migrate, runProgram, SUCCESS, type Transport, type Workspace } from './helpers.ts';

const CASES: { style: string; transport: Transport; program: string; before: Record<string, unknown>; changed: string[] }[] = [
  {
    style: 'cross-module-legacy',
    transport: 'legacy-endpoint',
    program: 'food-tags.js',
    before: { code: 11008, description: 'Invalid API key or Invalid API key/application pair' },
    changed: ['lib/vision.js'],
  },
  {
    style: 'cross-module-fetch',
    transport: 'preload',
    program: 'food.mjs',
    before: { http: 404, code: 21200, description: 'Model does not exist' },
    changed: ['food.mjs'],
  },
];

for (const { style, transport, program, before, changed } of CASES) {
  describe(`${style}: ${program}`, () => {
    let standin: Standin;
    let ws: Workspace;
    beforeAll(async () => {
      [standin, ws] = await Promise.all([startStandin(), copyFixture(style)]);
    });
    afterAll(async () => {
      await Promise.all([standin?.close(), ws?.remove()]);
    });

    it('fails as written, is migrated in the module that must change, and authenticates after', async () => {
      const first = await runProgram(standin, transport, 'before', ws.dir, program);
      expect(first.outcome, first.stderr).toMatchObject(before);
      expect(first.exitCode).toBe(1);

      const migration = await migrate(ws);
      expect(migration.exitCode, migration.stderr).toBe(0);
      expect(await changedFiles(ws)).toEqual(changed);
      expect(migration.report?.summary.envVarsToSet.every((name) => ['CLARIFAI_PAT'].includes(name))).toBe(true);

      const after = await runProgram(standin, transport, 'after', ws.dir, program);
      expect(after.outcome, after.stderr).toEqual({ http: 200, code: SUCCESS, description: 'Ok', concepts: ['pizza', 'cheese'] });
      expect(after.exitCode).toBe(0);
    });
  });
}
