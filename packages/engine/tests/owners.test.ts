// require-clarifai-owner per client style: a PAT call to a Clarifai-owned model that names `clarifai`/`main` gives
// nothing, and one that names an owner only half right (`clarifai` with its own app, its own user with `main`) or
// its own ids is reported and retargeted. Written from the API facts (R3, R4), not captured from the engine.
import { describe, expect, it } from 'vitest';
import { fixesOf, fixUntilStable } from '../src/index.js';
import { findingsOf, summary } from './helpers.js';

function migrated(text: string, filename = 'file.js'): string {
  return fixUntilStable(text, (t) => fixesOf(t, findingsOf(t, filename), ['safe', 'needs-review'])).text;
}

/** A PAT call to the Clarifai-owned `general-image-recognition` model, in each client style, owned by `user`/`app`. */
const STYLES: Record<string, { file: string; call: (user: string, app: string) => string; line: number; column: number }> = {
  rest: {
    file: 'file.js',
    call: (user, app) =>
      `fetch('https://api.clarifai.com/v2/users/${user}/apps/${app}/models/general-image-recognition/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body });\n`,
    line: 1,
    column: 0,
  },
  grpc: {
    file: 'file.cjs',
    call: (user, app) =>
      "const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);\n" +
      `stub.PostModelOutputs({ user_app_id: { user_id: '${user}', app_id: '${app}' }, model_id: 'general-image-recognition', inputs }, metadata, cb);\n`,
    line: 5,
    column: 0,
  },
  legacy: {
    file: 'file.js',
    call: (user, app) =>
      "const Clarifai = require('clarifai');\n" +
      `const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: '${user}', appId: '${app}' });\n` +
      "app.models.predict('general-image-recognition', url);\n",
    line: 3,
    column: 0,
  },
  sdk: {
    file: 'file.ts',
    call: (user, app) =>
      "import { Model } from 'clarifai-nodejs';\n" +
      `const model = new Model({ modelId: 'general-image-recognition', authConfig: { pat: process.env.CLARIFAI_PAT!, userId: '${user}', appId: '${app}' } });\n`,
    line: 2,
    column: 14,
  },
};

const HALF_RIGHT: [string, string, string][] = [
  ['its own ids', 'me', 'my-app'],
  ['`clarifai` with its own app', 'clarifai', 'my-app'],
  ['its own user with `main`', 'me', 'main'],
  ['the two swapped', 'main', 'clarifai'],
];

describe.each(Object.entries(STYLES))('require-clarifai-owner, %s', (style, { file, call, line, column }) => {
  const legacyImport = style === 'legacy' ? ['no-deprecated-client@1:17'] : [];

  it('gives nothing for a PAT call that names clarifai/main', () => {
    expect(summary(call('clarifai', 'main'), file)).toEqual(legacyImport);
  });

  for (const [what, user, app] of HALF_RIGHT) {
    it(`reports an owner of ${what} and retargets it to clarifai/main`, () => {
      const code = call(user, app);
      const found = findingsOf(code, file).filter((f) => f.ruleId === 'require-clarifai-owner');
      expect(found.map((f) => [f.messageId, f.loc.start.line, f.loc.start.column, f.fix?.safety])).toEqual([
        ['wrongOwner', line, column, 'safe'],
      ]);
      expect(found[0]?.data.owner).toBe('clarifai/main');
      expect(migrated(code, file)).toBe(call('clarifai', 'main'));
    });
  }
});

describe('require-clarifai-owner leaves alone', () => {
  it('your own model under your own owner', () => {
    const code = STYLES.grpc!.call('me', 'my-app').replace('general-image-recognition', 'my-custom-classifier');
    expect(summary(code, 'file.cjs')).toEqual([]);
  });

  it('an owner that arrives as parameters', () => {
    const code = STYLES.grpc!.call('x', 'y').replace("user_id: 'x', app_id: 'y'", 'user_id: userId, app_id: appId');
    expect(summary(`function run(userId, appId) {\n${code}}\n`, 'file.cjs')).toEqual([]);
  });

  it('but judges an owner whose user is stated even when its app arrives as a parameter', () => {
    const code = STYLES.grpc!.call('x', 'y').replace("user_id: 'x', app_id: 'y'", "user_id: 'me', app_id: appId");
    expect(summary(`function run(appId) {\n${code}}\n`, 'file.cjs')).toEqual(['require-clarifai-owner@6:0 safe']);
  });

  it('a half-right owner sent with an API key (no-api-key-outside-app reports that call instead)', () => {
    const code = STYLES.rest!.call('clarifai', 'my-app').replace('CLARIFAI_PAT', 'CLARIFAI_API_KEY');
    expect(summary(code).map((s) => s.split('@')[0])).toEqual(['no-api-key-outside-app']);
  });
});

describe('SDK (clarifai-nodejs)', () => {
  const sdk = (options: string) => `import { Model } from 'clarifai-nodejs';\nconst model = new Model(${options});\n`;

  it('adds the owner to a PAT call that names none, from the catalogue', () => {
    const code = sdk("{ modelId: 'face-detection', authConfig: { pat: process.env.CLARIFAI_PAT! } }");
    expect(summary(code, 'file.ts')).toEqual(['require-user-app-id@2:14 safe']);
    expect(migrated(code, 'file.ts')).toBe(
      sdk("{ modelId: 'face-detection', authConfig: { pat: process.env.CLARIFAI_PAT!, userId: 'clarifai', appId: 'main' } }"),
    );
  });

  it('rewrites the owner in a model URL copied from your own app', () => {
    const url = (owner: string) => `'https://clarifai.com/${owner}/models/general-image-detection'`;
    const code = sdk(`{ url: ${url('maria-k/photo-sorter')}, authConfig: { pat: process.env.CLARIFAI_PAT! } }`);
    expect(summary(code, 'file.ts')).toEqual(['require-clarifai-owner@2:14 safe']);
    expect(migrated(code, 'file.ts')).toBe(sdk(`{ url: ${url('clarifai/main')}, authConfig: { pat: process.env.CLARIFAI_PAT! } }`));
  });

  it('gives nothing for a model URL of clarifai/main, or your own model read from the environment', () => {
    expect(summary(sdk("{ url: 'https://clarifai.com/clarifai/main/models/general-image-detection', authConfig: { pat: process.env.CLARIFAI_PAT! } }"), 'file.ts')).toEqual([]);
    expect(summary(sdk("{ modelId: 'receipt-classifier' }"), 'file.ts')).toEqual([]);
  });

  it('moves an API key in authConfig to a PAT for a Clarifai model (needs review)', () => {
    const code = sdk("{ modelId: 'face-detection', authConfig: { pat: process.env.CLARIFAI_API_KEY! } }");
    expect(summary(code, 'file.ts')).toEqual(['no-api-key-outside-app@2:14 needs-review']);
    expect(findingsOf(code, 'file.ts')[0]?.facts).toMatchObject({ client: 'sdk', credential: 'api-key', resourceId: 'face-detection' });
  });
});
