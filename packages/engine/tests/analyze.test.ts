import { describe, expect, it } from 'vitest';
import { fixesOf, fixUntilStable } from '../src/index.js';
import { findingsOf, summary } from './helpers.js';

/** The file after every fix and suggestion, applied until stable, as the codemod writes it. */
function migrated(text: string, filename = 'file.js'): string {
  return fixUntilStable(text, (t) => fixesOf(t, findingsOf(t, filename), ['safe', 'needs-review'])).text;
}

describe('REST calls', () => {
  it('puts the owner into the path when the request has no body', () => {
    const code = "const PAT = process.env.CLARIFAI_PAT;\nfetch('https://api.clarifai.com/v2/models/face-detection', { headers: { Authorization: 'Key ' + PAT } });\n";
    expect(summary(code)).toEqual(['require-user-app-id@2:0 safe']);
    expect(migrated(code)).toBe(
      "const PAT = process.env.CLARIFAI_PAT;\nfetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection', { headers: { Authorization: 'Key ' + PAT } });\n",
    );
  });

  it('replaces an owner written into a template path at the call', () => {
    const code = 'const USER_ID = "me-myself";\nconst APP_ID = "app";\nconst PAT = process.env.PAT;\nfetch(`https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/models/general-image-recognition/outputs`, { method: "POST", headers: { Authorization: `Key ${PAT}` }, body });\n';
    expect(summary(code)).toEqual(['require-clarifai-owner@4:0 safe']);
    // The owner constants the call no longer reads go with the fix (see orphans.test.ts).
    expect(migrated(code)).toBe(
      'const PAT = process.env.PAT;\nfetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs`, { method: "POST", headers: { Authorization: `Key ${PAT}` }, body });\n',
    );
  });

  it('names the owner in a URL constant read only by this call, and writes a shared one out at each call', () => {
    const key = "{ method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY }, body }";
    const pat = key.replace('CLARIFAI_API_KEY', 'CLARIFAI_PAT');
    const once = `const URL = 'https://api.clarifai.com/v2/models/face-detection/outputs';\nfetch(URL, ${key});\n`;
    expect(migrated(once)).toBe(
      `const URL = 'https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs';\nfetch(URL, ${pat});\n`,
    );
    const shared = `const URL = 'https://api.clarifai.com/v2/models/face-detection/outputs';\nfetch(URL, ${key});\nfetch(URL, ${key});\n`;
    const inlined = `fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', ${pat});\n`;
    expect(migrated(shared)).toBe(`const URL = 'https://api.clarifai.com/v2/models/face-detection/outputs';\n${inlined}${inlined}`);
  });

  it("reads a path after an env var named for Clarifai's API root as Clarifai's, and no other env var", () => {
    const call = (root: string, path: string) =>
      `fetch(\`\${process.env.${root}}${path}\`, { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY }, body });\n`;
    expect(summary(call('CLARIFAI_API_URL', '/models/face-detection/outputs'))).toEqual(['no-api-key-outside-app@1:0 needs-review']);
    expect(summary(call('VITE_CLARIFAI_BASE_URL', '/v2/users/clarifai/apps/main/models/face-detection/outputs'))).toEqual([
      'no-api-key-outside-app@1:0 needs-review',
    ]);
    expect(summary(call('API_URL', '/models/face-detection/outputs'))).toEqual([]);
    expect(summary(call('CLARIFAI_API_KEY', '/models/face-detection/outputs'))).toEqual([]);
    expect(summary(call('CLARIFAI_API_URL', 'models/face-detection/outputs'))).toEqual([]);
  });

  it("reads AngularJS's $http injected as a parameter or a class field, not a local $http of the file's own", () => {
    const post = (http: string) =>
      `${http}.post('https://api.clarifai.com/v2/models/face-detection/outputs', { inputs }, { headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY } });`;
    expect(summary(`function tagger($http) {\n  return ${post('$http')}\n}\n`)).toEqual(['no-api-key-outside-app@2:9 needs-review']);
    expect(summary(`class Tagger {\n  tag() {\n    return ${post('this.$http')}\n  }\n}\n`)).toEqual(['no-api-key-outside-app@3:11 needs-review']);
    expect(summary(`const $http = makeClient();\n${post('$http')}\n`)).toEqual([]);
  });

  it('ignores a Key header sent to another host and code in comments', () => {
    const code = [
      "fetch('https://api.example.com/v2/models/face-detection/outputs', { headers: { Authorization: 'Key ' + process.env.API_KEY } });",
      "// fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { headers: { Authorization: 'Key ' + KEY } });",
      '',
    ].join('\n');
    expect(summary(code)).toEqual([]);
  });

  it('follows a request-options helper, spreads and TypeScript wrappers', () => {
    const code = [
      "const base = { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY } } as const;",
      'function options(body: unknown) {',
      '  const init = { ...base, body: JSON.stringify(body) } satisfies RequestInit;',
      '  return init;',
      '}',
      "fetch('https://api.clarifai.com/v2/workflows/General/results', options({ inputs: [] })!);",
      '',
    ].join('\n');
    expect(summary(code, 'file.ts')).toEqual(['no-api-key-outside-app@6:0 needs-review']);
  });

  it('does not follow a variable that is assigned twice', () => {
    const code = "let token = process.env.CLARIFAI_API_KEY;\ntoken = process.env.CLARIFAI_PAT;\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + token }, body: JSON.stringify({ inputs: [] }) });\n";
    expect(findingsOf(code)[0]?.facts?.credential).toBe('unknown');
  });
});

describe('gRPC stub calls', () => {
  const header = "const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);\n";

  it('moves an API-key call to a Clarifai model onto a PAT with a snake_case owner', () => {
    const code = `${header}stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, cb);\n`;
    expect(summary(code)).toEqual(['no-api-key-outside-app@5:0 needs-review']);
    expect(migrated(code)).toBe(
      `${header.replace('CLARIFAI_API_KEY', 'CLARIFAI_PAT')}stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'face-detection', inputs }, metadata, cb);\n`,
    );
  });

  it('leaves a metadata object shared with calls to your own app for a human', () => {
    const code = `${header}stub.PostInputs({ inputs }, metadata, cb);\nstub.postModelOutputs({ model_id: 'face-detection', inputs }, metadata, cb);\n`;
    const [finding] = findingsOf(code);
    expect(finding?.messageId).toBe('apiKeyOutsideAppShared');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.loc.start).toEqual({ line: 6, column: 0 });
  });

  it('does not take a method of an unrelated object for a stub', () => {
    const code = "const api = { PostModelOutputs() {} };\napi.PostModelOutputs({ model_id: 'face-detection' }, 'clarifai');\n";
    expect(summary(code)).toEqual([]);
  });
});

describe('legacy clarifai client', () => {
  it('gives a second client to predictions when the app also serves your own data', () => {
    const code = [
      "const Clarifai = require('clarifai');",
      'const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });',
      'app.inputs.create({ url });',
      'app.models.predict(Clarifai.GENERAL_MODEL, url);',
      '',
    ].join('\n');
    expect(summary(code)).toEqual(['no-deprecated-client@1:17', 'no-api-key-outside-app@4:0 needs-review']);
    expect(migrated(code)).toBe(
      [
        "const Clarifai = require('clarifai');",
        'const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });',
        "const clarifaiMainApp = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });",
        'app.inputs.create({ url });',
        'clarifaiMainApp.models.predict(Clarifai.GENERAL_MODEL, url);',
        '',
      ].join('\n'),
    );
  });

  it('reports client id / secret construction', () => {
    expect(summary("import Clarifai from 'clarifai';\nnew Clarifai.App('id', 'secret');\n")).toEqual([
      'no-deprecated-client@1:0',
      'no-legacy-credentials@2:0',
    ]);
  });
});

describe('environment style', () => {
  it('reads a new PAT the way the file already reads its variables', () => {
    const code = "import Clarifai from 'clarifai';\nconst app = new Clarifai.App({ apiKey: process.env.REACT_APP_CLARIFAI_KEY });\napp.models.predict('face-detection', url);\n";
    expect(migrated(code)).toContain("new Clarifai.App({ apiKey: process.env.REACT_APP_CLARIFAI_PAT, userId: 'clarifai', appId: 'main' })");
  });
});

describe('options', () => {
  it('treats ids the user owns as theirs even when the catalogue knows the name', () => {
    const code = "fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY }, body: JSON.stringify({ inputs }) });\n";
    expect(summary(code)).toEqual(['no-api-key-outside-app@1:0 needs-review']);
    expect(summary(code, 'file.js', { ownResourceIds: ['face-detection'] })).toEqual([]);
  });

  it('adds Clarifai-owned ids and owners from options', () => {
    const code = "fetch('https://api.clarifai.com/v2/models/my-public-model/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY }, body: JSON.stringify({ inputs }) });\n";
    expect(summary(code)).toEqual([]);
    expect(summary(code, 'file.js', { clarifaiModelIds: ['acme/public/my-public-model'] })).toEqual([
      'no-api-key-outside-app@1:0 needs-review',
    ]);
  });
});

describe('code that would fail when it runs', () => {
  it('a binding that reads itself (`const a = a.b`) is followed no further (found by the fuzzer)', () => {
    const code = "const regions = regions.outputs[0];\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', regions);\nregions.then(() => {});\n";
    // The request options are unknown, so the credential is too; the call to a Clarifai model still needs its owner.
    expect(summary(code)).toEqual(['require-user-app-id@2:0 safe']);
  });

  it('a client instance made from itself (`const x = await x.predictByUrl(...)`) is followed no further (found by the fuzzer)', () => {
    const code = "import { Model } from 'clarifai-nodejs';\nconst outputs = await outputs.predictByUrl({ url: 'https://example.com/a.jpg', inputType: 'image' });\n";
    expect(summary(code)).toEqual([]);
  });
});

describe('code that would fail when it runs: destructuring', () => {
  it('a destructuring that reads itself (`const { grpc } = grpc`) is followed no further (found by the fuzzer)', () => {
    const code = [
      'const { ClarifaiStub, grpc } = grpc;',
      'const stub = ClarifaiStub.grpc();',
      'const metadata = new grpc.Metadata();',
      'metadata.set("authorization", `Key ${process.env.CLARIFAI_PAT}`);',
      "stub.PostModelOutputs({ model_id: 'face-detection', inputs: [] }, metadata, () => {});",
      '',
    ].join('\n');
    // The stub is known by its name; the call to a Clarifai model still needs its owner.
    expect(summary(code, 'file.ts')).toEqual(['require-user-app-id@5:0 safe']);
  });
});

describe('a request body other calls send too', () => {
  const body = 'const body = (url) => JSON.stringify({ inputs: [{ data: { image: { url } } }] });\n';
  const call = (path: string, arg: string) =>
    `fetch('https://api.clarifai.com/v2/${path}/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: body(${arg}) });\n`;

  it('is never given the owner one of them needs: the path of that call names it', () => {
    const code = body + call('users/me/apps/photos/models/my-model', 'a') + call('models/face-detection', 'b');
    expect(migrated(code)).toBe(body + call('users/me/apps/photos/models/my-model', 'a') + call('users/clarifai/apps/main/models/face-detection', 'b'));
  });

  it('is given the owner when this call alone sends it', () => {
    const code = body + call('models/face-detection', 'b');
    expect(migrated(code)).toBe(body.replace('{ inputs', "{ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs") + call('models/face-detection', 'b'));
  });
});

describe('a workflow named like a public one', () => {
  const grpc = (owner: string, key: string) =>
    "const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\n" +
    `metadata.set('authorization', 'Key ' + process.env.${key});\n` +
    `stub.PostWorkflowResults({ user_app_id: { user_id: '${owner.split('/')[0]}', app_id: '${owner.split('/')[1]}' }, workflow_id: 'General', inputs }, metadata, callback);\n`;

  it('is the stated owner\'s own (every app had a General workflow): no owner is rewritten', () => {
    expect(summary(grpc('dani-cfg/test-ocr-workflow', 'CLARIFAI_PAT'), 'file.cjs')).toEqual([]);
    const sdk = "import { Workflow } from 'clarifai-nodejs';\nnew Workflow({ url: 'https://clarifai.com/dani-cfg/test-ocr-workflow/workflows/General', authConfig: { pat: process.env.CLARIFAI_PAT } });\n";
    expect(summary(sdk)).toEqual([]);
  });

  it('is still Clarifai\'s when the call names clarifai/main: an API key does not reach it', () => {
    expect(summary(grpc('clarifai/main', 'CLARIFAI_API_KEY'), 'file.cjs')).toEqual(['no-api-key-outside-app@5:0 needs-review']);
  });
});
