// Pure policy of the Clarifai stand-in: a small world of fake credentials and resources, and the
// authentication rules R1..R5 from /work/shared/NOTES.md applied to one call. No I/O here, so the
// REST and gRPC front ends of the stand-in give the same answer for the same call.

export interface UserAppId {
  userId: string;
  appId: string;
}

// Obviously fake credentials; nothing here is or resembles a real secret.
export const FAKE_PAT = 'fakepat0000000000000000000000000';
export const FAKE_API_KEY = 'fakeapikey0000000000000000000000';

export const DEMO_APP: UserAppId = { userId: 'demo-user', appId: 'demo-app' };
export const CLARIFAI_MAIN: UserAppId = { userId: 'clarifai', appId: 'main' };
export const OPENAI_CHAT: UserAppId = { userId: 'openai', appId: 'chat-completion' };

type Credential = { kind: 'api_key'; app: UserAppId } | { kind: 'pat'; userId: string };

const CREDENTIALS: ReadonlyMap<string, Credential> = new Map<string, Credential>([
  [FAKE_PAT, { kind: 'pat', userId: DEMO_APP.userId }],
  [FAKE_API_KEY, { kind: 'api_key', app: DEMO_APP }],
]);

/** What a model answers with; the stand-in turns it into `output.data`. */
export type Prediction =
  | { concepts: string[] }
  | { regions: number }
  | { text: string };

export interface ModelRecord {
  owner: UserAppId;
  id: string;
  prediction: Prediction;
}

export interface WorkflowRecord {
  owner: UserAppId;
  id: string;
  nodes: ModelRecord[];
}

const model = (owner: UserAppId, id: string, prediction: Prediction): ModelRecord => ({ owner, id, prediction });

const GENERAL = model(CLARIFAI_MAIN, 'general-image-recognition', { concepts: ['train', 'railway', 'people'] });
const FACE = model(CLARIFAI_MAIN, 'face-detection', { regions: 1 });
const FOOD = model(CLARIFAI_MAIN, 'food-item-recognition', { concepts: ['pizza', 'cheese'] });
const COLOR = model(CLARIFAI_MAIN, 'color-recognition', { concepts: ['DimGray', 'Black'] });
const DEMO_MODEL = model(DEMO_APP, 'demo-model', { concepts: ['demo-cat', 'demo-dog'] });

const MODELS: readonly ModelRecord[] = [
  GENERAL,
  FACE,
  FOOD,
  COLOR,
  // Legacy 32-hex ids (facts §3, §5.2) are aliases of clarifai/main models and stay clarifai/main resources.
  { ...GENERAL, id: 'aaa03c23b3724a16a56b629203edc62c' },
  { ...FACE, id: 'a403429f2ddf4b49b307e318f00e528b' },
  { ...FOOD, id: 'bd367be194cf45149e75f01d59f77ba7' },
  model(OPENAI_CHAT, 'gpt-4o', { text: 'Hello from the stand-in.' }),
  DEMO_MODEL,
];

const WORKFLOWS: readonly WorkflowRecord[] = [
  { owner: CLARIFAI_MAIN, id: 'General', nodes: [GENERAL] },
  { owner: CLARIFAI_MAIN, id: 'Face-Sentiment', nodes: [FACE] },
  { owner: CLARIFAI_MAIN, id: 'Demographics', nodes: [FACE] },
  // R5: the only kind of workflow an API key may run.
  { owner: DEMO_APP, id: 'demo-workflow', nodes: [DEMO_MODEL] },
  // In the key's app, but one node is a clarifai/main model, so an API key may not run it.
  { owner: DEMO_APP, id: 'demo-mixed-workflow', nodes: [DEMO_MODEL, GENERAL] },
];

// Codes and descriptions from status_code.proto and Clarifai's status table (facts §6). HTTP statuses: 401 for
// 11008/11009 and 404 for a missing resource are documented; the others (400, 403, 401 for 11102) are assumptions.
export const STATUS = {
  SUCCESS: { code: 10000, description: 'Ok', httpStatus: 200 },
  CONN_INSUFFICIENT_SCOPES: { code: 11007, description: 'API key has insufficient permissions', httpStatus: 403 },
  CONN_KEY_INVALID: { code: 11008, description: 'Invalid API key or Invalid API key/application pair', httpStatus: 401 },
  CONN_KEY_NOT_FOUND: { code: 11009, description: 'API key not found', httpStatus: 401 },
  CONN_BAD_REQUEST_FORMAT: { code: 11100, description: 'Bad request format', httpStatus: 400 },
  CONN_DOES_NOT_EXIST: { code: 11101, description: 'Resource does not exist', httpStatus: 404 },
  CONN_INVALID_REQUEST: { code: 11102, description: 'Invalid request', httpStatus: 401 },
  MODEL_DOES_NOT_EXIST: { code: 21200, description: 'Model does not exist', httpStatus: 404 },
  WORKFLOW_DOES_NOT_EXIST: { code: 22102, description: 'Workflow does not exist', httpStatus: 404 },
} as const;

export interface Failure {
  ok: false;
  httpStatus: number;
  status: { code: number; description: string; details: string };
}

export function failure(name: Exclude<keyof typeof STATUS, 'SUCCESS'>, details: string): Failure {
  const { code, description, httpStatus } = STATUS[name];
  return { ok: false, httpStatus, status: { code, description, details } };
}

/** `app` is an app-scoped operation such as PostInputs: the owner is the app itself. */
export type Resource = { kind: 'model'; id: string } | { kind: 'workflow'; id: string } | { kind: 'app' };

export interface AuthRequest {
  /** The raw `authorization` header or metadata value, if any. */
  authorization: string | undefined;
  /** Owner named by the call (REST path, body or query `user_app_id`, gRPC `user_app_id`). */
  userAppId: UserAppId | undefined;
  resource: Resource;
}

export type Decision =
  | { ok: true; model?: ModelRecord; workflow?: WorkflowRecord }
  | Failure;

/** The owner a call names; undefined when it names none (proto3 sends an unset pair as empty strings). */
export function userAppIdOf(userId: string | null | undefined, appId: string | null | undefined): UserAppId | undefined {
  return userId || appId ? { userId: userId ?? '', appId: appId ?? '' } : undefined;
}

const sameApp = (a: UserAppId, b: UserAppId) => a.userId === b.userId && a.appId === b.appId;
const appName = (a: UserAppId) => `${a.userId}/${a.appId}`;

export function authorize({ authorization, userAppId, resource }: AuthRequest): Decision {
  const credential = readCredential(authorization);
  if ('ok' in credential) return credential;
  // Half a pair names no app.
  const owner = userAppId?.userId && userAppId.appId ? userAppId : undefined;
  return credential.kind === 'api_key'
    ? authorizeApiKey(credential.app, owner, resource)
    : authorizePat(credential.userId, owner, resource);
}

function readCredential(authorization: string | undefined): Credential | Failure {
  if (!authorization?.trim()) return failure('CONN_KEY_NOT_FOUND', 'invalid key(None)');
  // Both PATs and API keys travel as `Key <token>`; anything else (Bearer, lower-case `key`) is malformed.
  // Case-sensitivity of the scheme word is an assumption (facts §1.2).
  const match = /^Key (\S+)$/.exec(authorization);
  if (!match) {
    return failure('CONN_INVALID_REQUEST', 'Empty or malformed authorization header. Please provide an API key or session token.');
  }
  return CREDENTIALS.get(match[1]!) ?? failure('CONN_KEY_NOT_FOUND', 'API key not found');
}

// R1, R2, R5. The code for an API key reaching outside its app is UNVERIFIED (facts §6 lists 21200, 11008 and
// 11007 as candidates); the stand-in uses 11008 "Invalid API key/application pair" with details naming the scope.
function authorizeApiKey(keyApp: UserAppId, owner: UserAppId | undefined, resource: Resource): Decision {
  const outsideScope = (what: string) =>
    failure('CONN_KEY_INVALID', `API key is scoped to app ${appName(keyApp)} and cannot access ${what}; use a PAT`);
  if (owner && !sameApp(owner, keyApp)) return outsideScope(`app ${appName(owner)}`);
  if (resource.kind === 'app') return { ok: true };

  const elsewhere = (records: readonly (ModelRecord | WorkflowRecord)[]) =>
    records.find((r) => r.id === resource.id && !sameApp(r.owner, keyApp));
  if (resource.kind === 'model') {
    const found = findModel(keyApp, resource.id);
    if (found) return { ok: true, model: found };
    const other = elsewhere(MODELS);
    return other
      ? outsideScope(`model ${appName(other.owner)}/${resource.id}`)
      : failure('MODEL_DOES_NOT_EXIST', `Model '${resource.id}' does not exist in app ${appName(keyApp)}`);
  }
  const workflow = findWorkflow(keyApp, resource.id);
  if (!workflow) {
    const other = elsewhere(WORKFLOWS);
    return other
      ? outsideScope(`workflow ${appName(other.owner)}/${resource.id}`)
      : failure('WORKFLOW_DOES_NOT_EXIST', `Workflow '${resource.id}' does not exist in app ${appName(keyApp)}`);
  }
  const foreign = workflow.nodes.find((node) => !sameApp(node.owner, keyApp));
  return foreign
    ? outsideScope(`workflow ${resource.id}, which uses model ${appName(foreign.owner)}/${foreign.id}`)
    : { ok: true, workflow };
}

// R3, R4. Every app in this world other than the PAT user's own is public, so a PAT reads any resource that
// exists where the call says it is; naming your own app for a clarifai/main model therefore finds nothing (R4).
function authorizePat(patUser: string, owner: UserAppId | undefined, resource: Resource): Decision {
  if (!owner) return failure('CONN_KEY_INVALID', 'Must provide app external ID in API authorizer');
  switch (resource.kind) {
    case 'app':
      return owner.userId === patUser
        ? { ok: true }
        : failure('CONN_INSUFFICIENT_SCOPES', `PAT of user ${patUser} cannot write to app ${appName(owner)}`);
    case 'model': {
      const found = findModel(owner, resource.id);
      return found
        ? { ok: true, model: found }
        : failure('MODEL_DOES_NOT_EXIST', `Model '${resource.id}' does not exist in app ${appName(owner)}`);
    }
    case 'workflow': {
      const found = findWorkflow(owner, resource.id);
      return found
        ? { ok: true, workflow: found }
        : failure('WORKFLOW_DOES_NOT_EXIST', `Workflow '${resource.id}' does not exist in app ${appName(owner)}`);
    }
  }
}

const findModel = (app: UserAppId, id: string) => MODELS.find((m) => m.id === id && sameApp(m.owner, app));
const findWorkflow = (app: UserAppId, id: string) => WORKFLOWS.find((w) => w.id === id && sameApp(w.owner, app));
