// fast-check arbitraries for whole source files that call Clarifai in every shape the engine supports (facts §1-§4):
// REST with fetch / axios.post / axios(config) / an axios.create instance / jQuery / XMLHttpRequest / needle, gRPC stub methods with grpc.Metadata,
// the legacy `clarifai` client and the clarifai-nodejs SDK; with random identifiers, credential names and
// sources, owners, model ids, quotes, whitespace, comments, module systems, file kinds and ordinary code around.
import fc from 'fast-check';

export const EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx', '.mts', '.cts'] as const;
export type Ext = (typeof EXTENSIONS)[number];

export interface GeneratedFile {
  filename: string;
  text: string;
  /** The site kinds in the file, for labels. */
  kinds: string[];
}

const isTs = (ext: Ext) => /tsx?$/.test(ext);

// ---------------------------------------------------------------------------------------------------------
// Building blocks

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await async of as any type declare ' +
    'module namespace require undefined arguments eval process fetch axios grpc stub metadata Clarifai Model ' +
    'Workflow ClarifaiStub ClarifaiGrpc JSON console window global globalThis self fc get set from constructor USER_ID APP_ID ' +
    '$ jQuery XMLHttpRequest needle').split(' '),
);

/** A random identifier (or one of the names real code uses); callers make it unique with a role suffix. */
const identifier = fc.oneof(
  fc.constantFrom('app', 'client', 'api', 'clarifai', 'x', '_a', '$c', 'clarifaiMainApp', 'model', 'raw', 'body', 'res', 'cb'),
  fc.stringMatching(/^[a-zA-Z_$][a-zA-Z0-9_$]{0,8}$/),
).filter((n) => !RESERVED.has(n));

/** Names of the variable that holds the credential (the engine reads the kind from them). */
const credentialName = fc.oneof(
  fc.constantFrom('PAT', 'API_KEY', 'apiKey', 'CLARIFAI_PAT', 'CLARIFAI_API_KEY', 'clarifaiKey', 'myPat', 'token', 'KEY', 'secret', 'pat'),
  identifier,
);

const ENV_NAMES = ['CLARIFAI_PAT', 'CLARIFAI_API_KEY', 'PAT', 'API_KEY', 'REACT_APP_CLARIFAI_API_KEY', 'REACT_APP_CLARIFAI_PAT', 'CLARIFAI_KEY', 'TOKEN'];

export const MODEL_IDS = [
  'face-detection', 'general-image-recognition', 'aaa03c23b3724a16a56b629203edc62c', 'food-item-recognition',
  'color-recognition', 'celebrity-face-detection', 'gpt-4o', 'my-face-model', 'my-own-model-2', 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
];
const WORKFLOW_IDS = ['General', 'Face-Sentiment', 'Demographics', 'my-workflow', 'workflow-238a93'];
const LEGACY_CONSTANTS = ['GENERAL_MODEL', 'FACE_DETECT_MODEL', 'FOOD_MODEL', 'COLOR_MODEL', 'NSFW_MODEL', 'GENERAL_MODELs', 'MY_MODEL'];

const modelId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MODEL_IDS) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{2,14}$/) });
const workflowId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORKFLOW_IDS) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{2,14}$/) });

/** Separators that are legal between tokens in the places the templates use them (never before `(`). */
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n    ', '\t', '  ', ' /* note: PAT */ ', '\n  // keep this comment\n  ', '\n\n'];

/** Fake, obviously not real, 32-character tokens with letters and digits (they look like secrets to the engine). */
const fakeSecret = fc.integer({ min: 1, max: 0xffffff }).map((n) => `f4ke${n.toString(16).padStart(6, '0')}c0ffee${'9a8b7c6d5e4f3a2b1c0d'.slice(0, 16)}`);

// ---------------------------------------------------------------------------------------------------------
// Per-file style

export interface Style {
  ext: Ext;
  esm: boolean;
  q: "'" | '"';
  nl: '\n' | '\r\n';
  semi: boolean;
  /** Whether the file reads env vars with import.meta.env (Vite). */
  vite: boolean;
  seps: string[];
}

class Writer {
  private i = 0;
  /** A credential declared once at the top of the file, which declared credentials of every site reuse. */
  sharedCredential?: string;
  constructor(readonly style: Style) {}
  /** The next separator (cycled through the generated list). */
  s(): string {
    const { seps } = this.style;
    const sep = seps[this.i++ % seps.length]!;
    return sep.replaceAll('\n', this.style.nl);
  }
  str(text: string): string {
    const { q } = this.style;
    return q + text.replaceAll('\\', '\\\\').replaceAll(q, `\\${q}`) + q;
  }
  end(): string {
    return this.style.semi ? ';' : '';
  }
  env(name: string): string {
    if (this.style.vite) return `import.meta.env.VITE_${name}`;
    return `process.env.${name}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Credentials and owners

export interface CredentialChoice {
  name: string;
  source: { kind: 'env'; env: string } | { kind: 'literal'; value: string } | { kind: 'placeholder' } | { kind: 'param' };
  /** Declared as a const (true) or written inline at the call (false). */
  declared: boolean;
  header: 'concat' | 'template' | 'literal';
  tsWrap: 'none' | 'bang' | 'as' | 'nullish' | 'annot';
}

const credential: fc.Arbitrary<CredentialChoice> = fc.record({
  name: credentialName,
  source: fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('env' as const), env: fc.constantFrom(...ENV_NAMES) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('literal' as const), value: fakeSecret }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('placeholder' as const) }) },
  ),
  declared: fc.boolean(),
  header: fc.constantFrom('concat', 'template', 'literal'),
  tsWrap: fc.constantFrom('none', 'bang', 'as', 'nullish', 'annot'),
});

/** Declaration statement (if any) and the expression that yields the bare token. */
function credentialCode(w: Writer, c: CredentialChoice, suffixed: string): { decl: string; token: string; literalToken?: string } {
  // The first site may use the plain names `apiKey` / `pat`, so that configs can be written in shorthand.
  const name = /^(?:apiKey|pat)_1$/.test(suffixed) ? suffixed.slice(0, -2) : suffixed;
  const ts = isTs(w.style.ext);
  let value: string;
  let literalToken: string | undefined;
  if (c.source.kind === 'env') value = w.env(c.source.env);
  else if (c.source.kind === 'literal') {
    value = w.str(c.source.value);
    literalToken = c.source.value;
  } else if (c.source.kind === 'placeholder') {
    value = w.str('YOUR_PAT_HERE');
    literalToken = 'YOUR_PAT_HERE';
  } else value = w.env('CLARIFAI_PAT');
  if (ts && c.source.kind === 'env') {
    if (c.tsWrap === 'bang') value = `${value}!`;
    else if (c.tsWrap === 'as') value = `${value} as string`;
  }
  if (c.tsWrap === 'nullish' && c.source.kind === 'env') value = `${value} ?? ${w.str('')}`;
  if (!c.declared) return { decl: '', token: value, ...(literalToken ? { literalToken } : {}) };
  if (w.sharedCredential) return { decl: '', token: w.sharedCredential };
  const annot = ts && c.tsWrap === 'annot' ? ': string' : '';
  return { decl: `const ${name}${annot} =${w.s()}${value}${w.end()}${w.style.nl}`, token: name, ...(literalToken ? { literalToken } : {}) };
}

/** `Key <token>` as the file writes it. */
function authorization(w: Writer, c: CredentialChoice, token: { token: string; literalToken?: string }): string {
  if (c.header === 'literal' && token.literalToken !== undefined && !c.declared) return w.str(`Key ${token.literalToken}`);
  if (c.header === 'template') return `\`Key \${${token.token}}\``;
  return `${w.str('Key ')} +${w.s()}${token.token}`;
}

export type OwnerChoice =
  | { kind: 'missing' }
  | { kind: 'literal'; user: string; app: string }
  | { kind: 'env' }
  | { kind: 'consts'; user: string; app: string };

const owner: fc.Arbitrary<OwnerChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'missing' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'literal' as const, user: 'clarifai', app: 'main' }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('literal' as const),
      user: fc.constantFrom('my-user', 'smartbrain-dev', 'u1'),
      app: fc.constantFrom('my-app', 'smart-brain', 'a_1'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'env' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('consts' as const),
      user: fc.constantFrom('clarifai', 'me-myself'),
      app: fc.constantFrom('main', 'my-app'),
    }),
  },
);

function ownerValues(w: Writer, o: OwnerChoice, suffix: string): { decl: string; user: string; app: string } | undefined {
  if (o.kind === 'missing') return undefined;
  if (o.kind === 'literal') return { decl: '', user: w.str(o.user), app: w.str(o.app) };
  if (o.kind === 'env') return { decl: '', user: w.env('CLARIFAI_USER_ID'), app: w.env('CLARIFAI_APP_ID') };
  const u = `USER_ID${suffix}`;
  const a = `APP_ID${suffix}`;
  const nl = w.style.nl;
  return { decl: `const ${u} = ${w.str(o.user)}${w.end()}${nl}const ${a} = ${w.str(o.app)}${w.end()}${nl}`, user: u, app: a };
}

// ---------------------------------------------------------------------------------------------------------
// Call sites

interface Site {
  kind: string;
  /** Module → imported names (`default` for a default import, `*` for the namespace/require). */
  imports: [string, string][];
  code: string;
}

type SiteBuilder = (w: Writer, n: number) => Site;

/** Becomes `export ` where the site is at the top level of an ES module, and nothing elsewhere. */
const EXPORT = '/*EXPORT*/';

const INPUTS = "[{ data: { image: { url: 'https://samples.clarifai.com/metro-north.jpg' } } }]";

function restUrl(w: Writer, resource: { kind: 'model' | 'workflow'; id: string }, o: ReturnType<typeof ownerValues>, inPath: boolean, form: 'literal' | 'concat' | 'template'): string {
  const tail = resource.kind === 'model' ? `models/${resource.id}/outputs` : `workflows/${resource.id}/results`;
  if (inPath && o) {
    // A literal owner is written into the path itself; anything else is interpolated.
    const part = (code: string) => (/^['"]/.test(code) ? code.slice(1, -1) : `\${${code}}`);
    const path = `https://api.clarifai.com/v2/users/${part(o.user)}/apps/${part(o.app)}/${tail}`;
    return path.includes('${') || form === 'template' ? `\`${path}\`` : w.str(path);
  }
  if (form === 'concat') {
    const [kindPath, rest] = resource.kind === 'model' ? ['models/', '/outputs'] : ['workflows/', '/results'];
    return `${w.str(`https://api.clarifai.com/v2/${kindPath}`)} + ${w.str(resource.id)} + ${w.str(rest)}`;
  }
  if (form === 'template') return `\`https://api.clarifai.com/v2/${tail}\``;
  return w.str(`https://api.clarifai.com/v2/${tail}`);
}

function bodyObject(w: Writer, o: ReturnType<typeof ownerValues>, quotedKeys: boolean): string {
  const k = (name: string) => (quotedKeys ? w.str(name) : name);
  const owner = o ? `${k('user_app_id')}: {${w.s()}${k('user_id')}: ${o.user},${w.s()}${k('app_id')}: ${o.app}${w.s()}},${w.s()}` : '';
  return `{${w.s()}${owner}${k('inputs')}: ${INPUTS}${w.s()}}`;
}

interface RestChoice {
  lib: 'fetch' | 'axios.post' | 'axios(config)' | 'axios.create' | 'jquery.ajax' | 'xhr' | 'needle.post';
  resource: { kind: 'model' | 'workflow'; id: string };
  owner: OwnerChoice;
  ownerInPath: boolean;
  urlForm: 'literal' | 'concat' | 'template';
  quotedKeys: boolean;
  rawVar: boolean;
  cred: CredentialChoice;
  withBody: boolean;
  /** With no owner to send: a body written as JSON text (`'{}'`), which names none. */
  jsonTextBody: boolean;
}

const resource = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('model' as const), id: modelId }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('workflow' as const), id: workflowId }) },
);

const restChoice: fc.Arbitrary<RestChoice> = fc.record({
  lib: fc.constantFrom('fetch', 'axios.post', 'axios(config)', 'axios.create', 'jquery.ajax', 'xhr', 'needle.post'),
  resource,
  owner,
  ownerInPath: fc.boolean(),
  urlForm: fc.constantFrom('literal', 'concat', 'template'),
  quotedKeys: fc.boolean(),
  rawVar: fc.boolean(),
  cred: credential,
  withBody: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  jsonTextBody: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

function restSite(c: RestChoice): SiteBuilder {
  return (w, n) => {
    const nl = w.style.nl;
    const cred = credentialCode(w, c.cred, `${c.cred.name}_${n}`);
    const o = ownerValues(w, c.owner, `_${n}`);
    const inPath = c.ownerInPath && o !== undefined;
    const auth = authorization(w, c.cred, cred);
    const headers = `{${w.s()}${w.str('Content-Type')}: ${w.str('application/json')},${w.s()}Authorization: ${auth}${w.s()}}`;
    let pre = `${cred.decl}${o?.decl ?? ''}`;
    let body = bodyObject(w, inPath ? undefined : o, c.quotedKeys);
    if (c.rawVar) {
      pre += `const raw${n} = ${c.lib === 'fetch' ? `JSON.stringify(${body})` : body}${w.end()}${nl}`;
      body = `raw${n}`;
    } else if (c.lib === 'fetch' || c.lib === 'jquery.ajax' || c.lib === 'xhr') body = `JSON.stringify(${body})`;
    if (c.jsonTextBody && !o && !c.rawVar) body = w.str('{}');
    const then = `.then((r${n}) => r${n})${w.end()}${nl}`;
    if (c.lib === 'jquery.ajax') {
      const url = restUrl(w, c.resource, o, inPath, c.urlForm);
      return { kind: 'jquery.ajax', imports: [], code: `${pre}$.ajax({${w.s()}url: ${url},${w.s()}type: ${w.str('POST')},${w.s()}headers: ${headers},${w.s()}data: ${body}${w.s()}})${then}` };
    }
    if (c.lib === 'xhr') {
      const url = restUrl(w, c.resource, o, inPath, c.urlForm);
      const end = w.end();
      return {
        kind: 'xhr',
        imports: [],
        code:
          `${pre}const xhr${n} = new XMLHttpRequest()${end}${nl}xhr${n}.open(${w.str('POST')}, ${url})${end}${nl}` +
          `xhr${n}.setRequestHeader(${w.str('Authorization')}, ${auth})${end}${nl}xhr${n}.send(${body})${end}${nl}`,
      };
    }
    if (c.lib === 'needle.post') {
      const url = restUrl(w, c.resource, o, inPath, c.urlForm);
      return { kind: 'needle.post', imports: [['needle', 'default:needle']], code: `${pre}needle.post(${url},${w.s()}${body},${w.s()}{ headers: ${headers}, json: true })${then}` };
    }
    if (c.lib === 'fetch') {
      const url = restUrl(w, c.resource, o, inPath, c.urlForm);
      const init = c.withBody
        ? `{${w.s()}method: ${w.str('POST')},${w.s()}headers: ${headers},${w.s()}body: ${body}${w.s()}}`
        : `{${w.s()}headers: ${headers}${w.s()}}`;
      return { kind: 'fetch', imports: [], code: `${pre}fetch(${w.s()}${url},${w.s()}${init})${then}` };
    }
    const imports: [string, string][] = [['axios', 'default']];
    if (c.lib === 'axios.post') {
      const url = restUrl(w, c.resource, o, inPath, c.urlForm);
      return { kind: 'axios.post', imports, code: `${pre}axios.post(${url},${w.s()}${body},${w.s()}{ headers: ${headers} })${then}` };
    }
    if (c.lib === 'axios(config)') {
      const url = restUrl(w, c.resource, o, inPath, c.urlForm);
      return {
        kind: 'axios(config)',
        imports,
        code: `${pre}axios({${w.s()}method: ${w.str('post')},${w.s()}url: ${url},${w.s()}headers: ${headers},${w.s()}data: ${body}${w.s()}})${then}`,
      };
    }
    // An instance with a base URL; the call names only the path.
    const tail = c.resource.kind === 'model' ? `/models/${c.resource.id}/outputs` : `/workflows/${c.resource.id}/results`;
    const part = (code: string) => (/^['"]/.test(code) ? code.slice(1, -1) : `\${${code}}`);
    const ownerPath = inPath && o ? `/users/${part(o.user)}/apps/${part(o.app)}${tail}` : tail;
    const path = ownerPath.includes('${') ? `\`${ownerPath}\`` : w.str(ownerPath);
    return {
      kind: 'axios.create',
      imports,
      code:
        `${pre}const api${n} = axios.create({${w.s()}baseURL: ${w.str('https://api.clarifai.com/v2')},${w.s()}headers: ${headers}${w.s()}})${w.end()}${nl}` +
        `api${n}.post(${path},${w.s()}${body})${then}`,
    };
  };
}

interface GrpcChoice {
  method: 'PostModelOutputs' | 'postModelOutputs' | 'PostWorkflowResults' | 'postWorkflowResults';
  id: string;
  owner: OwnerChoice;
  cred: CredentialChoice;
  stubName: string;
  metaName: string;
  /** Also use the same metadata for a call to the user's own app data. */
  shared: boolean;
  setKey: 'authorization' | 'Authorization';
  importStyle: 'destructure' | 'namespace';
  requestVar: boolean;
}

const grpcChoice: fc.Arbitrary<GrpcChoice> = fc
  .record({
    method: fc.constantFrom('PostModelOutputs', 'postModelOutputs', 'PostWorkflowResults', 'postWorkflowResults'),
    model: modelId,
    workflow: workflowId,
    owner,
    cred: credential,
    stubName: identifier,
    metaName: identifier,
    shared: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    setKey: fc.constantFrom('authorization', 'Authorization'),
    importStyle: fc.constantFrom('destructure', 'namespace'),
    requestVar: fc.boolean(),
  })
  .map(({ model, workflow, ...rest }) => ({ ...rest, id: /Workflow/.test(rest.method) ? workflow : model }) as GrpcChoice);

function grpcSite(c: GrpcChoice): SiteBuilder {
  return (w, n) => {
    const nl = w.style.nl;
    const stub = `${c.stubName}Stub${n}`;
    const meta = `${c.metaName}Meta${n}`;
    const cred = credentialCode(w, c.cred, `${c.cred.name}_${n}`);
    const o = ownerValues(w, c.owner, `_${n}`);
    const auth = authorization(w, c.cred, cred);
    const idKey = /Workflow/.test(c.method) ? 'workflow_id' : 'model_id';
    const ownerProp = o ? `user_app_id: {${w.s()}user_id: ${o.user},${w.s()}app_id: ${o.app}${w.s()}},${w.s()}` : '';
    const ns = c.importStyle === 'namespace' ? 'ClarifaiGrpc.' : '';
    const imports: [string, string][] = c.importStyle === 'namespace'
      ? [['clarifai-nodejs-grpc', '*ClarifaiGrpc']]
      : [['clarifai-nodejs-grpc', 'ClarifaiStub'], ['clarifai-nodejs-grpc', 'grpc']];
    const ownCall = c.shared ? `${stub}.PostInputs({ inputs: ${INPUTS} }, ${meta}, () => {})${w.end()}${nl}` : '';
    const code =
      cred.decl +
      (o?.decl ?? '') +
      `const ${stub} = ${ns}ClarifaiStub.grpc()${w.end()}${nl}` +
      `const ${meta} = new ${ns}grpc.Metadata()${w.end()}${nl}` +
      `${meta}.set(${w.str(c.setKey)},${w.s()}${auth})${w.end()}${nl}` +
      ownCall +
      (c.requestVar ? `const request${n} = {${w.s()}${ownerProp}${idKey}: ${w.str(c.id)},${w.s()}inputs: ${INPUTS}${w.s()}}${w.end()}${nl}` : '') +
      `${stub}.${c.method}(${w.s()}${c.requestVar ? `request${n}` : `{${w.s()}${ownerProp}${idKey}: ${w.str(c.id)},${w.s()}inputs: ${INPUTS}${w.s()}}`},${w.s()}${meta},${w.s()}(err${n}, response${n}) => {${w.s()}if (err${n}) throw err${n}${w.end()}${w.s()}}${w.s()})${w.end()}${nl}`;
    return { kind: `grpc.${c.method}`, imports, code };
  };
}

interface LegacyChoice {
  model: { kind: 'constant'; name: string } | { kind: 'string'; id: string } | { kind: 'object'; id: string };
  workflow: boolean;
  owner: OwnerChoice;
  cred: CredentialChoice;
  appName: string;
  alsoInputs: boolean;
  holder: 'const' | 'this';
  exported: boolean;
}

const legacyChoice: fc.Arbitrary<LegacyChoice> = fc.record({
  model: fc.oneof(
    fc.record({ kind: fc.constant('constant' as const), name: fc.constantFrom(...LEGACY_CONSTANTS) }),
    fc.record({ kind: fc.constant('string' as const), id: modelId }),
    fc.record({ kind: fc.constant('object' as const), id: modelId }),
  ),
  workflow: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  owner,
  cred: credential,
  appName: identifier,
  alsoInputs: fc.boolean(),
  holder: fc.oneof({ weight: 4, arbitrary: fc.constant('const' as const) }, { weight: 1, arbitrary: fc.constant('this' as const) }),
  exported: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

function legacySite(c: LegacyChoice): SiteBuilder {
  return (w, n) => {
    const nl = w.style.nl;
    const app = `${c.appName}App${n}`;
    const cred = credentialCode(w, c.cred, `${c.cred.name}_${n}`);
    const o = ownerValues(w, c.owner, `_${n}`);
    const ownerProps = o ? `,${w.s()}userId: ${o.user},${w.s()}appId: ${o.app}` : '';
    // `{ apiKey }` when the credential's own variable is called that (shorthand, as real code writes it).
    const apiKeyProp = cred.token === 'apiKey' ? 'apiKey' : `apiKey: ${cred.token}`;
    const config = `{${w.s()}${apiKeyProp}${ownerProps}${w.s()}}`;
    const target = c.workflow
      ? w.str('General')
      : c.model.kind === 'constant'
        ? `Clarifai.${c.model.name}`
        : c.model.kind === 'string'
          ? w.str(c.model.id)
          : `{ id: ${w.str(c.model.id)} }`;
    const group = c.workflow ? 'workflow' : 'models';
    const imports: [string, string][] = [['clarifai', 'default:Clarifai']];
    if (c.holder === 'this') {
      const cls = `Service${n}`;
      const code =
        cred.decl +
        (o?.decl ?? '') +
        `class ${cls} {${nl}  constructor() {${nl}    this.app = new Clarifai.App(${config})${w.end()}${nl}  }${nl}` +
        `  run(url) {${nl}    return this.app.${group}.predict(${target},${w.s()}url)${w.end()}${nl}  }${nl}}${nl}`;
      // Class fields need declaring in TypeScript.
      return { kind: 'legacy.this', imports, code: isTs(w.style.ext) ? code.replace(`class ${cls} {`, `class ${cls} {${nl}  app: any${w.end()}`).replace('run(url)', 'run(url: string)') : code };
    }
    const code =
      cred.decl +
      (o?.decl ?? '') +
      `${c.exported ? EXPORT : ''}const ${app} = new Clarifai.App(${config})${w.end()}${nl}` +
      (c.alsoInputs ? `${app}.inputs.create({ url: ${w.str('https://example.com/a.jpg')} })${w.end()}${nl}` : '') +
      `${app}.${group}${w.s()}.predict(${target},${w.s()}${w.str('https://samples.clarifai.com/face.jpg')})${w.s()}.then((data${n}) => data${n})${w.end()}${nl}`;
    return { kind: c.workflow ? 'legacy.workflow' : 'legacy.models', imports, code };
  };
}

interface SdkChoice {
  cls: 'Model' | 'Workflow';
  form: 'id' | 'url';
  id: string;
  owner: OwnerChoice;
  urlOwner: string;
  cred: CredentialChoice;
  withAuthConfig: boolean;
  withPat: boolean;
  name: string;
}

const sdkChoice: fc.Arbitrary<SdkChoice> = fc
  .record({
    cls: fc.constantFrom('Model', 'Workflow'),
    form: fc.constantFrom('id', 'id', 'url'),
    model: modelId,
    workflow: workflowId,
    owner,
    urlOwner: fc.constantFrom('clarifai/main', 'me/my-app', 'openai/chat-completion'),
    cred: credential,
    withAuthConfig: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    withPat: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    name: identifier,
  })
  .map(({ model, workflow, ...rest }) => ({ ...rest, id: rest.cls === 'Model' ? model : workflow }) as SdkChoice);

function sdkSite(c: SdkChoice): SiteBuilder {
  return (w, n) => {
    const nl = w.style.nl;
    const cred = credentialCode(w, c.cred, `${c.cred.name}_${n}`);
    const o = ownerValues(w, c.owner, `_${n}`);
    const patProp = cred.token === 'pat' ? 'pat' : `pat: ${cred.token}`;
    const props: string[] = [];
    if (c.withPat) props.push(patProp);
    let config: string;
    if (c.form === 'url') {
      const type = c.cls === 'Model' ? 'models' : 'workflows';
      config = `{${w.s()}url: ${w.str(`https://clarifai.com/${c.urlOwner}/${type}/${c.id}`)}${c.withAuthConfig ? `,${w.s()}authConfig: { ${props.join(', ')} }` : ''}${w.s()}}`;
    } else {
      if (o) props.push(`userId: ${o.user}`, `appId: ${o.app}`);
      const idKey = c.cls === 'Model' ? 'modelId' : 'workflowId';
      config = `{${w.s()}${idKey}: ${w.str(c.id)}${c.withAuthConfig ? `,${w.s()}authConfig: {${w.s()}${props.join(`,${w.s()}`)}${w.s()}}` : ''}${w.s()}}`;
    }
    const v = `${c.name}${c.cls}${n}`;
    const predict = c.cls === 'Model'
      ? `${v}.predictByUrl({ url: ${w.str('https://samples.clarifai.com/metro-north.jpg')}, inputType: ${w.str('image')} })`
      : `${v}.predictByUrl(${w.str('https://samples.clarifai.com/metro-north.jpg')}, ${w.str('image')})`;
    const code =
      cred.decl + (o?.decl ?? '') + `const ${v} = new ${c.cls}(${config})${w.end()}${nl}` + `${predict}.then((o${n}) => o${n})${w.end()}${nl}`;
    return { kind: `sdk.${c.cls}.${c.form}`, imports: [['clarifai-nodejs', c.cls]], code };
  };
}

const siteBuilder: fc.Arbitrary<SiteBuilder> = fc.oneof(
  restChoice.map(restSite),
  grpcChoice.map(grpcSite),
  legacyChoice.map(legacySite),
  sdkChoice.map(sdkSite),
);

// ---------------------------------------------------------------------------------------------------------
// Ordinary code around the calls

const filler = fc.constantFrom(
  (w: Writer, n: number) => `const limit${n} = 10${w.end()}${w.style.nl}`,
  (w: Writer, n: number) => `function helper${n}(a, b) {${w.style.nl}  return a + b${w.end()}${w.style.nl}}${w.style.nl}`,
  (w: Writer) => `console.log(${w.str('starting up: clarifai')})${w.end()}${w.style.nl}`,
  (w: Writer) => `// TODO: move the Clarifai key to the PAT${w.style.nl}`,
  (w: Writer) => `/* eslint-disable no-console */${w.style.nl}`,
  (w: Writer, n: number) => `const list${n} = [1, 2, 3].map((x) => x * 2)${w.end()}${w.style.nl}`,
  (w: Writer, n: number) => `let counter${n} = 0${w.end()}${w.style.nl}counter${n} += 1${w.end()}${w.style.nl}`,
  (w: Writer, n: number) => `const text${n} = \`a \${1 + 1} b\`${w.end()}${w.style.nl}`,
  (w: Writer, n: number) => `if (process.env.DEBUG) {${w.style.nl}  console.log(${w.str('debug')}, ${n})${w.end()}${w.style.nl}}${w.style.nl}`,
  (w: Writer, n: number) => `const re${n} = /clarifai\\.com\\/v2/g${w.end()}${w.style.nl}`,
  // A name the legacy fix would like for its second client.
  (w: Writer) => `var clarifaiMainApp = ${w.str('unrelated')}${w.end()}${w.style.nl}`,
);

const TS_FILLER = (w: Writer, n: number) => `interface Options${n} { modelId: string; pat?: string }${w.style.nl}type Id${n} = string | number${w.end()}${w.style.nl}`;
const JSX_FILLER = (w: Writer, n: number) => `const View${n} = () => <div className=${w.str('face')}>{${w.str('clarifai')}}</div>${w.end()}${w.style.nl}`;

// ---------------------------------------------------------------------------------------------------------
// Files

function importLines(style: Style, imports: [string, string][]): string {
  const byModule = new Map<string, Set<string>>();
  for (const [module, name] of imports) {
    if (!byModule.has(module)) byModule.set(module, new Set());
    byModule.get(module)!.add(name);
  }
  const q = style.q;
  const end = style.semi ? ';' : '';
  const lines: string[] = [];
  for (const [module, names] of byModule) {
    const all = [...names];
    const def = all.find((x) => x.startsWith('default'));
    const ns = all.find((x) => x.startsWith('*'));
    const named = all.filter((x) => !x.startsWith('default') && !x.startsWith('*'));
    const defName = def ? (def.split(':')[1] ?? 'axios') : undefined;
    if (style.esm) {
      if (defName) lines.push(`import ${defName} from ${q}${module}${q}${end}`);
      if (ns) lines.push(`import * as ${ns.slice(1)} from ${q}${module}${q}${end}`);
      if (named.length > 0) lines.push(`import { ${named.join(', ')} } from ${q}${module}${q}${end}`);
    } else {
      if (defName) lines.push(`const ${defName} = require(${q}${module}${q})${end}`);
      if (ns) lines.push(`const ${ns.slice(1)} = require(${q}${module}${q})${end}`);
      if (named.length > 0) lines.push(`const { ${named.join(', ')} } = require(${q}${module}${q})${end}`);
    }
  }
  return lines.map((l) => l + style.nl).join('');
}

const styleArb: fc.Arbitrary<Style> = fc
  .record({
    ext: fc.constantFrom(...EXTENSIONS),
    esm: fc.boolean(),
    q: fc.constantFrom("'", '"'),
    nl: fc.oneof({ weight: 5, arbitrary: fc.constant('\n' as const) }, { weight: 1, arbitrary: fc.constant('\r\n' as const) }),
    semi: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    vite: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 12 }),
  })
  .map((s) => {
    // .mjs/.mts are ESM and .cjs/.cts CommonJS; import.meta only exists in ESM.
    const esm = /^\.m/.test(s.ext) ? true : /^\.c/.test(s.ext) ? false : s.esm;
    return { ...s, esm, vite: s.vite && esm };
  });

/** A site at the top level, in an async function, an arrow handler or a class method (indented like one). */
function wrap(style: Style, code: string, how: string, n: number): string {
  if (how === 'top') return code.replaceAll(EXPORT, style.esm ? 'export ' : '');
  const nl = style.nl;
  const body = code.replaceAll(EXPORT, '').trimEnd().split(nl).map((line) => (line ? `  ${line}` : line)).join(nl);
  const end = style.semi ? ';' : '';
  if (how === 'function') return `async function handler${n}(req, res) {${nl}${body}${nl}}${nl}`;
  if (how === 'arrow') return `const route${n} = async (req, res) => {${nl}${body}${nl}}${end}${nl}`;
  return `class Controller${n} {${nl}  async handle(req, res) {${nl}${body.split(nl).map((l) => (l ? `  ${l}` : l)).join(nl)}${nl}  }${nl}}${nl}`;
}

/** A whole file: imports, then call sites and ordinary code in random order. */
export const sourceFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    style: styleArb,
    sites: fc.array(siteBuilder, { minLength: 1, maxLength: 3 }),
    fillers: fc.array(filler, { maxLength: 4 }),
    order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    wraps: fc.array(fc.constantFrom('top', 'top', 'function', 'arrow', 'method'), { minLength: 3, maxLength: 3 }),
    shared: fc.option(fc.record({ name: fc.constantFrom('PAT', 'CLARIFAI_API_KEY', 'apiKey', 'clarifaiToken'), env: fc.constantFrom(...ENV_NAMES) }), { freq: 3 }),
    header: fc.constantFrom('', '#!/usr/bin/env node\n', '"use strict";\n', '/** @file Clarifai calls */\n', '\uFEFF'),
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  })
  .map(({ style, sites, fillers, order, wraps, shared, header, name }) => {
    const w = new Writer(style);
    let sharedDecl = '';
    if (shared) {
      w.sharedCredential = shared.name;
      sharedDecl = `const ${shared.name} = ${w.env(shared.env)}${w.end()}${style.nl}`;
    }
    const built = sites.map((b, i) => b(w, i + 1));
    const code = built.map((site, i) => wrap(style, site.code, wraps[i]!, i + 1));
    const chunks = [...code, ...fillers.map((f, i) => f(w, i + 1))];
    if (isTs(style.ext)) chunks.push(TS_FILLER(w, 0));
    if (/x$/.test(style.ext)) chunks.push(JSX_FILLER(w, 0));
    // Shuffle with the generated order (chunks are independent statements).
    const keyed = chunks.map((c, i) => ({ c, k: order[i % order.length]! * 31 + i }));
    keyed.sort((a, b) => a.k - b.k);
    const useStrict = header === '"use strict";\n' && style.esm ? '' : header;
    const text = (useStrict + importLines(style, built.flatMap((s) => s.imports)) + sharedDecl + keyed.map((x) => x.c).join(style.nl)).replaceAll(
      /(?<!\r)\n/g,
      style.nl,
    );
    return { filename: `src/${name}${style.ext}`, text, kinds: built.map((s) => s.kind) };
  });
