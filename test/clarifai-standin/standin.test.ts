// The stand-in against the rules R1..R5, through each way JS code reaches Clarifai: raw fetch, the real
// clarifai-nodejs-grpc stub (child process, TLS), the legacy `clarifai` REST client and the clarifai-nodejs SDK.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { authorize, CLARIFAI_MAIN, DEMO_APP, FAKE_API_KEY, FAKE_PAT, OPENAI_CHAT, type UserAppId } from './rules.ts';
import { startStandin, type RecordedRequest, type Standin } from './server.ts';

// Every request here must stay on loopback, and axios and grpc-js would both send it to a proxy named in the env.
for (const name of Object.keys(process.env)) if (/^(https?|grpc|all)_proxy$/i.test(name)) delete process.env[name];

const require = createRequire(import.meta.url);
const { Model, Workflow } = require('clarifai-nodejs') as typeof import('clarifai-nodejs');
const Clarifai = require('clarifai') as LegacyClarifai;

interface LegacyApp {
  models: { predict(model: string, input: string): Promise<ResponseBody> };
  workflow: { predict(workflowId: string, input: string): Promise<ResponseBody> };
}
interface LegacyClarifai {
  App: new (options: { apiKey: string; apiEndpoint: string; userId?: string; appId?: string }) => LegacyApp;
  FACE_DETECT_MODEL: string;
}

const execFileAsync = promisify(execFile);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

const IMAGE_URL = 'https://samples.clarifai.com/metro-north.jpg';
const IMAGE_INPUT = { data: { image: { url: IMAGE_URL } } };
const SUCCESS = 10000;

// Snake-case reply body, as REST JSON, the legacy client and the gRPC stub (keepCase) all deliver it.
interface ResponseBody {
  status: { code: number; description: string; details?: string; req_id: string };
  outputs?: Array<{ model: { id: string; model_version?: { id: string } }; data: Record<string, unknown> }>;
  workflow?: { id: string } | null;
  results?: Array<{ outputs: Array<{ model: { id: string } }> }>;
  model?: { id: string; user_id: string; app_id: string };
  inputs?: Array<{ id: string }>;
}

interface Case {
  rule: 'R1' | 'R2' | 'R3' | 'R4' | 'R5';
  title: string;
  token: string;
  owner?: UserAppId;
  kind: 'model' | 'workflow';
  id: string;
  code: number;
  http: number;
}

const CASES: readonly Case[] = [
  { rule: 'R1', title: 'API key naming another owner', token: FAKE_API_KEY, owner: OPENAI_CHAT, kind: 'model', id: 'gpt-4o', code: 11008, http: 401 },
  { rule: 'R1', title: 'API key on a model of its own app', token: FAKE_API_KEY, kind: 'model', id: 'demo-model', code: SUCCESS, http: 200 },
  { rule: 'R2', title: 'API key on the clarifai/main General model (hex id)', token: FAKE_API_KEY, kind: 'model', id: 'aaa03c23b3724a16a56b629203edc62c', code: 11008, http: 401 },
  { rule: 'R2', title: 'PAT on the clarifai/main General model (hex id)', token: FAKE_PAT, owner: CLARIFAI_MAIN, kind: 'model', id: 'aaa03c23b3724a16a56b629203edc62c', code: SUCCESS, http: 200 },
  { rule: 'R3', title: 'PAT naming no owner', token: FAKE_PAT, kind: 'model', id: 'face-detection', code: 11008, http: 401 },
  { rule: 'R3', title: 'PAT naming the owner openai/chat-completion', token: FAKE_PAT, owner: OPENAI_CHAT, kind: 'model', id: 'gpt-4o', code: SUCCESS, http: 200 },
  { rule: 'R4', title: 'PAT naming its own app for a clarifai/main model', token: FAKE_PAT, owner: DEMO_APP, kind: 'model', id: 'food-item-recognition', code: 21200, http: 404 },
  { rule: 'R4', title: 'PAT naming clarifai/main for a clarifai/main model', token: FAKE_PAT, owner: CLARIFAI_MAIN, kind: 'model', id: 'food-item-recognition', code: SUCCESS, http: 200 },
  { rule: 'R5', title: 'API key on a same-app workflow using a clarifai/main model', token: FAKE_API_KEY, kind: 'workflow', id: 'demo-mixed-workflow', code: 11008, http: 401 },
  { rule: 'R5', title: 'API key on a same-app workflow of same-app models', token: FAKE_API_KEY, kind: 'workflow', id: 'demo-workflow', code: SUCCESS, http: 200 },
  { rule: 'R5', title: 'API key on the clarifai/main Face-Sentiment workflow', token: FAKE_API_KEY, kind: 'workflow', id: 'Face-Sentiment', code: 11008, http: 401 },
  { rule: 'R5', title: 'PAT on the clarifai/main Face-Sentiment workflow', token: FAKE_PAT, owner: CLARIFAI_MAIN, kind: 'workflow', id: 'Face-Sentiment', code: SUCCESS, http: 200 },
];

const caseName = (c: Case) => `${c.rule}: ${c.title} → ${c.code}`;
const rpcOf = (c: Case) => (c.kind === 'model' ? 'PostModelOutputs' : 'PostWorkflowResults');
const restSuffix = (c: Case) => (c.kind === 'model' ? `/models/${c.id}/outputs` : `/workflows/${c.id}/results`);
const snakeOwner = (owner: UserAppId | undefined) => owner && { user_app_id: { user_id: owner.userId, app_id: owner.appId } };

/** What a client saw: Clarifai status code, HTTP status (REST only) and, on success, the id the reply echoes. */
interface Outcome {
  code: number;
  http?: number;
  id?: string;
}

const outcomeOf = (body: ResponseBody, http?: number): Outcome => ({
  code: body.status.code,
  ...(http !== undefined && { http }),
  id: body.outputs?.[0]?.model.id ?? body.workflow?.id,
});

let standin: Standin;
beforeAll(async () => {
  standin = await startStandin();
});
afterAll(() => standin.close());
const takeRequests = () => standin.requests.splice(0);

/** Runs the real clarifai-nodejs-grpc stub in a child process, pointed at the stand-in only through env vars. */
async function runGrpcStub(calls: Array<{ rpc: string; authorization: string; request: object }>) {
  const { stdout } = await execFileAsync(process.execPath, [here('programs/grpc-stub-calls.cjs'), JSON.stringify(calls)], {
    env: { PATH: process.env.PATH, CLARIFAI_GRPC_BASE: standin.grpcTarget, GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: standin.certPath },
  });
  return JSON.parse(stdout) as Array<{ response?: ResponseBody; error?: { code: number; details: string } }>;
}

interface Client {
  name: string;
  transport: RecordedRequest['transport'];
  path(c: Case): string;
  run(cases: readonly Case[]): Promise<Outcome[]>;
}

const sequentially = async (cases: readonly Case[], call: (c: Case) => Promise<Outcome>) => {
  const outcomes: Outcome[] = [];
  for (const c of cases) outcomes.push(await call(c));
  return outcomes;
};

const CLIENTS: Client[] = [
  {
    name: 'REST with fetch, owner in the body',
    transport: 'rest',
    path: (c) => `/v2${restSuffix(c)}`,
    run: (cases) =>
      sequentially(cases, async (c) => {
        const response = await fetch(`${standin.restUrl}/v2${restSuffix(c)}`, {
          method: 'POST',
          headers: { Authorization: `Key ${c.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...snakeOwner(c.owner), inputs: [IMAGE_INPUT] }),
        });
        return outcomeOf((await response.json()) as ResponseBody, response.status);
      }),
  },
  {
    name: 'clarifai-nodejs-grpc ClarifaiStub.grpc() over TLS',
    transport: 'grpc',
    path: (c) => `/clarifai.api.V2/${rpcOf(c)}`,
    run: async (cases) => {
      const results = await runGrpcStub(
        cases.map((c) => ({
          rpc: rpcOf(c),
          authorization: `Key ${c.token}`,
          request: { ...snakeOwner(c.owner), [`${c.kind}_id`]: c.id, inputs: [IMAGE_INPUT] },
        })),
      );
      // A transport error cannot match any expected outcome, and shows up whole in the diff.
      return results.map(({ response, error }) => (response ? outcomeOf(response) : { code: -1, error }));
    },
  },
  {
    name: 'legacy clarifai@2.9.1 App with apiEndpoint, owner as userId/appId',
    transport: 'rest',
    path: (c) => `/v2${c.owner ? `/users/${c.owner.userId}/apps/${c.owner.appId}` : ''}${restSuffix(c)}`,
    run: (cases) =>
      sequentially(cases, (c) => {
        const app = new Clarifai.App({ apiKey: c.token, apiEndpoint: standin.restUrl, ...c.owner });
        const call = c.kind === 'model' ? app.models.predict(c.id, IMAGE_URL) : app.workflow.predict(c.id, IMAGE_URL);
        return call.then(
          (body) => outcomeOf(body, 200),
          (error: { response: { status: number; data: ResponseBody } }) => outcomeOf(error.response.data, error.response.status),
        );
      }),
  },
  {
    name: 'clarifai-nodejs SDK Model/Workflow with authConfig.base (plaintext gRPC)',
    transport: 'grpc',
    path: (c) => `/clarifai.api.V2/${rpcOf(c)}`,
    run: (cases) =>
      sequentially(cases, (c) => {
        // The SDK sends whatever is in `pat` as `Key <token>`, API keys included; empty ids mean "no owner".
        const authConfig = {
          pat: c.token,
          userId: c.owner?.userId ?? '',
          appId: c.owner?.appId ?? '',
          base: `http://${standin.grpcInsecureTarget}`,
        };
        // Both reject unless status.code is 10000, with the reply as `cause`.
        const call: Promise<Outcome> =
          c.kind === 'model'
            ? new Model({ modelId: c.id, authConfig })
                .predictByUrl({ url: IMAGE_URL, inputType: 'image' })
                .then((outputs) => ({ code: SUCCESS, id: outputs[0]?.model?.id }))
            : new Workflow({ workflowId: c.id, authConfig })
                .predictByUrl(IMAGE_URL, 'image')
                .then((reply) => ({ code: reply.status!.code, id: reply.workflow?.id }));
        return call.catch((error: Error & { cause: { status: { code: number } } }) => ({ code: error.cause.status.code }));
      }),
  },
];

describe('rules.authorize', () => {
  it.each(CASES.map((c) => [caseName(c), c] as const))('%s', (_, c) => {
    const decision = authorize({ authorization: `Key ${c.token}`, userAppId: c.owner, resource: { kind: c.kind, id: c.id } });
    expect(decision.ok ? { code: SUCCESS, http: 200 } : { code: decision.status.code, http: decision.httpStatus }).toEqual({
      code: c.code,
      http: c.http,
    });
  });

  it.each([
    { name: 'no header', authorization: undefined, code: 11009, description: 'API key not found' },
    { name: 'an empty header', authorization: '', code: 11009, description: 'API key not found' },
    { name: 'an unknown key', authorization: 'Key fakeunknown00000000000000000000', code: 11009, description: 'API key not found' },
    { name: 'a Bearer token (client id/secret era)', authorization: `Bearer ${FAKE_PAT}`, code: 11102, description: 'Invalid request' },
    { name: 'a lower-case scheme', authorization: `key ${FAKE_PAT}`, code: 11102, description: 'Invalid request' },
  ])('rejects $name with 401 $code', ({ authorization, code, description }) => {
    const decision = authorize({ authorization, userAppId: CLARIFAI_MAIN, resource: { kind: 'model', id: 'general-image-recognition' } });
    expect(decision).toMatchObject({ ok: false, httpStatus: 401, status: { code, description } });
  });

  it('says why an 11008 failed: missing owner (R3) or the key scope (R1, R2, R5)', () => {
    const details = (token: string, id: string, kind: 'model' | 'workflow' = 'model') => {
      const decision = authorize({ authorization: `Key ${token}`, userAppId: undefined, resource: { kind, id } });
      return decision.ok ? 'ok' : decision.status.details;
    };
    expect(details(FAKE_PAT, 'general-image-recognition')).toBe('Must provide app external ID in API authorizer');
    expect(details(FAKE_API_KEY, 'general-image-recognition')).toBe(
      'API key is scoped to app demo-user/demo-app and cannot access model clarifai/main/general-image-recognition; use a PAT',
    );
    expect(details(FAKE_API_KEY, 'demo-mixed-workflow', 'workflow')).toBe(
      'API key is scoped to app demo-user/demo-app and cannot access workflow demo-mixed-workflow, which uses model clarifai/main/general-image-recognition; use a PAT',
    );
  });
});

describe.each(CLIENTS.map((client) => [client.name, client] as const))('%s', (_, client) => {
  let outcomes: Outcome[];
  let recorded: RecordedRequest[];
  beforeAll(async () => {
    takeRequests();
    outcomes = await client.run(CASES);
    recorded = takeRequests();
  });

  it('sends exactly one request per call', () => expect(recorded).toHaveLength(CASES.length));

  it.each(CASES.map((c, i) => [caseName(c), c, i] as const))('%s', (_, c, i) => {
    expect(outcomes[i]).toEqual({
      code: c.code,
      ...(client.transport === 'rest' && { http: c.http }),
      id: c.code === SUCCESS ? c.id : undefined,
    });
    expect(recorded[i]).toEqual({
      transport: client.transport,
      method: 'POST',
      rpc: rpcOf(c),
      path: client.path(c),
      authorization: `Key ${c.token}`,
      userAppId: c.owner,
      resourceId: c.id,
      statusCode: c.code,
    } satisfies RecordedRequest);
  });
});

describe('REST details', () => {
  const post = async (path: string, body: unknown, token = FAKE_PAT) => postWith({ Authorization: `Key ${token}` }, path, body);
  const postWith = async (headers: Record<string, string>, path: string, body: unknown) => {
    const response = await fetch(`${standin.restUrl}${path}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { http: response.status, body: (await response.json()) as ResponseBody };
  };
  const GENERAL_PATH = '/v2/users/clarifai/apps/main/models/general-image-recognition/outputs';

  it('answers a versioned predict with concepts, echoing the version', async () => {
    const path = '/v2/users/clarifai/apps/main/models/general-image-recognition/versions/aa7f35c01e0642fda5cf400f543e7c40/outputs';
    const { http, body } = await post(path, { inputs: [IMAGE_INPUT] });
    expect(http).toBe(200);
    expect(body).toEqual({
      status: { code: SUCCESS, description: 'Ok', req_id: expect.stringMatching(/^standin-\d+$/) },
      outputs: [
        {
          id: `${body.status.req_id}-0`,
          status: { code: SUCCESS, description: 'Ok' },
          model: {
            id: 'general-image-recognition',
            user_id: 'clarifai',
            app_id: 'main',
            model_version: { id: 'aa7f35c01e0642fda5cf400f543e7c40' },
          },
          data: {
            concepts: [
              { id: 'ai_train', name: 'train', value: 0.875, app_id: 'main' },
              { id: 'ai_railway', name: 'railway', value: 0.75, app_id: 'main' },
              { id: 'ai_people', name: 'people', value: 0.625, app_id: 'main' },
            ],
          },
        },
      ],
    });
    expect(takeRequests()).toMatchObject([{ path, rpc: 'PostModelOutputs', resourceId: 'general-image-recognition' }]);
  });

  it('answers face-detection with regions, gpt-4o with text, and one output per input', async () => {
    const face = await post('/v2/users/clarifai/apps/main/models/face-detection/outputs', { inputs: [IMAGE_INPUT, IMAGE_INPUT] });
    expect(face.body.outputs?.map((o) => o.data)).toEqual([0, 1].map(() => ({
      regions: [
        {
          id: 'region-0',
          region_info: { bounding_box: { top_row: 0.125, left_col: 0.25, bottom_row: 0.625, right_col: 0.75 } },
          data: { concepts: [{ id: 'ai_face', name: 'face', value: 0.875, app_id: 'main' }] },
        },
      ],
    })));
    const chat = await post('/v2/users/openai/apps/chat-completion/models/gpt-4o/outputs', { inputs: [{ data: { text: { raw: 'Hi' } } }] });
    expect(chat.body.outputs?.map((o) => o.data)).toEqual([{ text: { raw: 'Hello from the stand-in.' } }]);
    takeRequests();
  });

  it('runs every node of a workflow for each input', async () => {
    const { body } = await post('/v2/users/demo-user/apps/demo-app/workflows/demo-mixed-workflow/results', { inputs: [IMAGE_INPUT] });
    expect(body.workflow).toEqual({ id: 'demo-mixed-workflow', user_id: 'demo-user', app_id: 'demo-app' });
    expect(body.results?.map((r) => r.outputs.map((o) => o.model.id))).toEqual([['demo-model', 'general-image-recognition']]);
    takeRequests();
  });

  it.each([
    { name: 'no header', authorization: undefined, code: 11009 },
    { name: 'a Bearer token', authorization: `Bearer ${FAKE_PAT}`, code: 11102 },
    { name: 'an unknown key', authorization: 'Key fakeunknown00000000000000000000', code: 11009 },
  ])('rejects $name with 401 $code before looking at the resource', async ({ authorization, code }) => {
    const headers: Record<string, string> = authorization === undefined ? {} : { Authorization: authorization };
    const { http, body } = await postWith(headers, GENERAL_PATH, { inputs: [IMAGE_INPUT] });
    expect({ http, code: body.status.code }).toEqual({ http: 401, code });
    expect(takeRequests()).toEqual([expect.objectContaining({ authorization, statusCode: code })]);
  });

  it('reads the owner of a GET from the user_app_id query parameters', async () => {
    const get = async (query: string) => {
      const response = await fetch(`${standin.restUrl}/v2/models/general-image-recognition${query}`, {
        headers: { Authorization: `Key ${FAKE_PAT}` },
      });
      return { http: response.status, body: (await response.json()) as ResponseBody };
    };
    const named = await get('?user_app_id.user_id=clarifai&user_app_id.app_id=main');
    expect(named.http).toBe(200);
    expect(named.body.model).toEqual({ id: 'general-image-recognition', user_id: 'clarifai', app_id: 'main' });
    const unnamed = await get('');
    expect({ http: unnamed.http, code: unnamed.body.status.code }).toEqual({ http: 401, code: 11008 });
    expect(takeRequests().map((r) => [r.method, r.rpc, r.userAppId])).toEqual([
      ['GET', 'GetModel', CLARIFAI_MAIN],
      ['GET', 'GetModel', undefined],
    ]);
  });

  it('lets PostInputs write only into an app the credential owns', async () => {
    const byKey = await post('/v2/inputs', { inputs: [IMAGE_INPUT] }, FAKE_API_KEY);
    expect(byKey.http).toBe(200);
    expect(byKey.body.inputs).toEqual([{ ...IMAGE_INPUT, id: `${byKey.body.status.req_id}-0` }]);
    const results = await Promise.all([
      post('/v2/users/demo-user/apps/demo-app/inputs', { inputs: [IMAGE_INPUT] }),
      post('/v2/inputs', { inputs: [IMAGE_INPUT] }),
      post('/v2/users/clarifai/apps/main/inputs', { inputs: [IMAGE_INPUT] }),
    ]);
    expect(results.map(({ http, body }) => [http, body.status.code])).toEqual([
      [200, SUCCESS],
      [401, 11008],
      [403, 11007],
    ]);
    takeRequests();
  });

  it('reports models and workflows that exist nowhere', async () => {
    const results = await Promise.all([
      post('/v2/users/clarifai/apps/main/models/no-such-model/outputs', { inputs: [IMAGE_INPUT] }),
      post('/v2/models/no-such-model/outputs', { inputs: [IMAGE_INPUT] }, FAKE_API_KEY),
      post('/v2/users/clarifai/apps/main/workflows/No-Such-Workflow/results', { inputs: [IMAGE_INPUT] }),
    ]);
    expect(results.map(({ http, body }) => [http, body.status.code])).toEqual([
      [404, 21200],
      [404, 21200],
      [404, 22102],
    ]);
    takeRequests();
  });

  it('answers an unknown route with 404 11101 and a broken body with 400 11100, and records both', async () => {
    const unknown = await post('/v2/users/clarifai/apps/main/models/general-image-recognition/predict', {});
    const broken = await post(GENERAL_PATH, '{"inputs": [');
    expect([unknown, broken].map(({ http, body }) => [http, body.status.code])).toEqual([
      [404, 11101],
      [400, 11100],
    ]);
    expect(takeRequests()).toEqual([
      {
        transport: 'rest',
        method: 'POST',
        rpc: undefined,
        path: '/v2/users/clarifai/apps/main/models/general-image-recognition/predict',
        authorization: `Key ${FAKE_PAT}`,
        userAppId: undefined,
        resourceId: undefined,
        statusCode: 11101,
      },
      {
        transport: 'rest',
        method: 'POST',
        rpc: undefined,
        path: GENERAL_PATH,
        authorization: `Key ${FAKE_PAT}`,
        userAppId: undefined,
        resourceId: undefined,
        statusCode: 11100,
      },
    ] satisfies RecordedRequest[]);
  });
});

describe('gRPC details (real ClarifaiStub.grpc() in a child process)', () => {
  const pat = `Key ${FAKE_PAT}`;
  const main = { user_app_id: { user_id: 'clarifai', app_id: 'main' } };
  let results: Awaited<ReturnType<typeof runGrpcStub>>;
  let recorded: RecordedRequest[];
  beforeAll(async () => {
    takeRequests();
    results = await runGrpcStub([
      { rpc: 'PostModelOutputs', authorization: pat, request: { ...main, model_id: 'face-detection', inputs: [IMAGE_INPUT] } },
      { rpc: 'GetModel', authorization: pat, request: { ...main, model_id: 'color-recognition' } },
      { rpc: 'PostInputs', authorization: `Key ${FAKE_API_KEY}`, request: { inputs: [IMAGE_INPUT] } },
      { rpc: 'PostModelOutputs', authorization: `Bearer ${FAKE_PAT}`, request: { ...main, model_id: 'face-detection' } },
      { rpc: 'ListApps', authorization: pat, request: {} },
    ]);
    recorded = takeRequests();
  });

  it('carries float32 scores and boxes exactly', () => {
    expect(results[0]?.response?.outputs?.[0]?.data.regions).toMatchObject([
      {
        region_info: { bounding_box: { top_row: 0.125, left_col: 0.25, bottom_row: 0.625, right_col: 0.75 } },
        data: { concepts: [{ name: 'face', value: 0.875 }] },
      },
    ]);
  });

  it('serves GetModel and PostInputs', () => {
    expect(results[1]?.response?.model).toMatchObject({ id: 'color-recognition', user_id: 'clarifai', app_id: 'main' });
    expect(results[2]?.response?.status.code).toBe(SUCCESS);
    expect(results[2]?.response?.inputs).toHaveLength(1);
  });

  it('answers a malformed authorization with gRPC OK and status 11102', () => {
    expect(results[3]).toEqual({ response: expect.objectContaining({ status: expect.objectContaining({ code: 11102 }) }) });
  });

  it('answers an RPC it does not implement with UNIMPLEMENTED, and records it', () => {
    expect(results[4]).toEqual({ error: { code: 12, details: 'The Clarifai stand-in does not implement ListApps' } });
    expect(recorded.map((r) => [r.rpc, r.statusCode])).toEqual([
      ['PostModelOutputs', SUCCESS],
      ['GetModel', SUCCESS],
      ['PostInputs', SUCCESS],
      ['PostModelOutputs', 11102],
      ['ListApps', undefined],
    ]);
  });
});

describe('client-specific forms', () => {
  it('SDK Model from a clarifai.com URL takes the owner from the URL', async () => {
    const model = new Model({
      url: 'https://clarifai.com/clarifai/main/models/face-detection',
      authConfig: { pat: FAKE_PAT, base: `http://${standin.grpcInsecureTarget}` },
    });
    const outputs = await model.predictByUrl({ url: IMAGE_URL, inputType: 'image' });
    expect(outputs[0]?.data?.regionsList[0]?.regionInfo?.boundingBox).toEqual({
      topRow: 0.125,
      leftCol: 0.25,
      bottomRow: 0.625,
      rightCol: 0.75,
    });
    expect(takeRequests()).toMatchObject([{ transport: 'grpc', userAppId: CLARIFAI_MAIN, resourceId: 'face-detection' }]);
  });

  it('legacy FACE_DETECT_MODEL constant is a clarifai/main model: PAT + clarifai/main works, API key does not', async () => {
    const predict = (options: { apiKey: string; userId?: string; appId?: string }) =>
      new Clarifai.App({ ...options, apiEndpoint: standin.restUrl }).models
        .predict(Clarifai.FACE_DETECT_MODEL, IMAGE_URL)
        .then((body) => body.status.code, (error: { response: { data: ResponseBody } }) => error.response.data.status.code);
    expect(await predict({ apiKey: FAKE_PAT, ...CLARIFAI_MAIN })).toBe(SUCCESS);
    expect(await predict({ apiKey: FAKE_API_KEY })).toBe(11008);
    expect(takeRequests().map((r) => r.path)).toEqual([
      '/v2/users/clarifai/apps/main/models/a403429f2ddf4b49b307e318f00e528b/outputs',
      '/v2/models/a403429f2ddf4b49b307e318f00e528b/outputs',
    ]);
  });
});

describe('preload.mjs: raw fetch/axios code aimed at https://api.clarifai.com', () => {
  let other: Server;
  beforeAll(async () => {
    // A loopback server that is not Clarifai, to show such hosts are left alone.
    other = createServer((req, res) => res.end(`untouched ${req.url}`));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => other.close(resolve)));

  const runProgram = (program: string, env: Record<string, string>) =>
    execFileAsync(process.execPath, ['--import', here('preload.mjs'), ...(program ? [here(program)] : ['-e', ''])], {
      env: { PATH: process.env.PATH, CLARIFAI_PAT: FAKE_PAT, CLARIFAI_API_KEY: FAKE_API_KEY, ...env },
    });

  it('redirects axios and https.get in a CommonJS program', async () => {
    const { stdout } = await runProgram('programs/predict-axios.cjs', { CLARIFAI_STANDIN_URL: standin.restUrl });
    expect(JSON.parse(stdout)).toEqual([
      { http: 200, code: SUCCESS },
      { http: 401, code: 11008 },
      { http: 200, code: SUCCESS },
    ]);
    expect(takeRequests().map((r) => [r.method, r.path, r.authorization, r.statusCode])).toEqual([
      ['POST', '/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', `Key ${FAKE_PAT}`, SUCCESS],
      ['POST', '/v2/models/general-image-recognition/outputs', `Key ${FAKE_API_KEY}`, 11008],
      ['GET', '/v2/models/demo-model', `Key ${FAKE_API_KEY}`, SUCCESS],
    ]);
  });

  it('redirects fetch and axios in an ES module, leaves other hosts alone and refuses other Clarifai hosts', async () => {
    const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/elsewhere`;
    const { stdout } = await runProgram('programs/predict-fetch.mjs', { CLARIFAI_STANDIN_URL: standin.restUrl, OTHER_URL: otherUrl });
    expect(JSON.parse(stdout)).toEqual([
      { http: 200, code: SUCCESS },
      { http: 200, code: SUCCESS },
      { http: 200, code: SUCCESS },
      'untouched /elsewhere',
      'clarifai-standin preload: refusing to contact clarifai.com; only api.clarifai.com is redirected to the stand-in',
    ]);
    expect(takeRequests().map((r) => [r.path, r.userAppId])).toEqual([
      ['/v2/workflows/General/results', CLARIFAI_MAIN],
      ['/v2/models/face-detection/outputs', CLARIFAI_MAIN],
      ['/v2/models/food-item-recognition/outputs', CLARIFAI_MAIN],
    ]);
  });

  it.each([
    ['unset', {}, 'set CLARIFAI_STANDIN_URL'],
    ['not loopback', { CLARIFAI_STANDIN_URL: 'http://example.com' }, 'must be http://127.0.0.1 or http://localhost'],
  ])('refuses to start when CLARIFAI_STANDIN_URL is %s', async (_, env, message) => {
    await expect(runProgram('', env)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(message) });
  });
});
