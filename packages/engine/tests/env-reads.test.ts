import { describe, expect, it } from 'vitest';
import { analyze, envReadsOf, parseForEngine, type RuntimeFacts } from '../src/index.js';

const VITE: RuntimeFacts = { target: 'browser', framework: 'Vite', env: { object: 'import.meta.env.', prefix: 'VITE_' }, setIn: '.env with the VITE_ prefix' };
const SVELTE_SERVER: RuntimeFacts = {
  target: 'server',
  framework: 'SvelteKit (server code)',
  env: { object: 'env.', prefix: '', module: '$env/dynamic/private' },
  setIn: '.env',
};

const input = (text: string, runtime?: RuntimeFacts) => ({ ...parseForEngine(text, 'file.js'), text, filename: 'file.js', ...(runtime ? { runtime } : {}) });

/** Each fix as `rule messageId: reads`, in finding order. */
function fixReads(text: string, runtime?: RuntimeFacts): string[] {
  return analyze(input(text, runtime)).flatMap((f) => (f.fix ? [`${f.ruleId} ${f.fix.messageId}: ${f.fix.reads.join(',')}`] : []));
}

const request = (path: string, credential: string) =>
  `fetch('https://api.clarifai.com/v2/${path}', { method: 'POST', headers: { Authorization: 'Key ' + ${credential} } });\n`;
const faces = (credential: string) => request('models/face-detection/outputs', credential);
const SECRET = "'0123456789abcdef0123456789abcdef'";

describe('the env vars a fix reads (Fix.reads)', () => {
  it('no-api-key-outside-app: the PAT it switches to, in the style of the file or of where it runs', () => {
    expect(fixReads(faces('process.env.CLARIFAI_API_KEY'))).toEqual(['no-api-key-outside-app switchToPat: CLARIFAI_PAT']);
    expect(fixReads(faces('import.meta.env.VITE_CLARIFAI_API_KEY'))).toEqual(['no-api-key-outside-app switchToPat: VITE_CLARIFAI_PAT']);
    expect(fixReads(faces('apiKey'), VITE)).toEqual(['no-api-key-outside-app switchToPat: VITE_CLARIFAI_PAT']);
    // SvelteKit's `env`, imported under another name: the fix reads through it, the name carries no prefix on the server.
    const svelte = `import { env as secrets } from '$env/dynamic/private';\n${faces('secrets.CLARIFAI_API_KEY')}`;
    expect(fixReads(svelte, SVELTE_SERVER)).toEqual(['no-api-key-outside-app switchToPat: CLARIFAI_PAT']);
  });

  it('no-hardcoded-credentials: the variable the secret moves to, or the read it already falls back from', () => {
    const hardcoded = `const CLARIFAI_PAT = ${SECRET};\n${request('users/clarifai/apps/main/models/face-detection/outputs', 'CLARIFAI_PAT')}`;
    expect(fixReads(hardcoded)).toEqual(['no-hardcoded-credentials readFromEnv: CLARIFAI_PAT']);
    expect(fixReads(hardcoded, VITE)).toEqual(['no-hardcoded-credentials readFromEnv: VITE_CLARIFAI_PAT']);
    expect(fixReads(hardcoded, SVELTE_SERVER)).toEqual(['no-hardcoded-credentials readFromEnv: CLARIFAI_PAT']);
    const fallback = hardcoded.replace(SECRET, `process.env.MY_VISION_PAT || ${SECRET}`);
    expect(fixReads(fallback)).toEqual(['no-hardcoded-credentials readFromEnv: MY_VISION_PAT']);
  });

  it('require-user-app-id and prefer-pat-for-workflows: the owner (and PAT) read from the environment', () => {
    const own = request('models/my-model/outputs', 'process.env.CLARIFAI_PAT');
    expect(fixReads(own)).toEqual(['require-user-app-id addOwnerFromUnreadEnv: CLARIFAI_APP_ID,CLARIFAI_USER_ID']);
    expect(fixReads(own.replace('CLARIFAI_PAT', 'VITE_CLARIFAI_PAT').replaceAll('process.env', 'import.meta.env'))).toEqual([
      'require-user-app-id addOwnerFromUnreadEnv: VITE_CLARIFAI_APP_ID,VITE_CLARIFAI_USER_ID',
    ]);
    const workflow = request('workflows/my-flow/results', 'process.env.CLARIFAI_API_KEY');
    expect(fixReads(workflow)).toEqual(['prefer-pat-for-workflows switchToPatWithEnvOwner: CLARIFAI_APP_ID,CLARIFAI_PAT,CLARIFAI_USER_ID']);
    expect(fixReads(`import { env } from '$env/dynamic/private';\n${workflow.replace('process.env', 'env')}`, SVELTE_SERVER)).toEqual([
      'prefer-pat-for-workflows switchToPatWithEnvOwner: CLARIFAI_APP_ID,CLARIFAI_PAT,CLARIFAI_USER_ID',
    ]);
  });

  it('reads nothing where the fix only names an owner', () => {
    expect(fixReads(faces('process.env.CLARIFAI_PAT'))).toEqual(['require-user-app-id addOwner: ']);
    const wrongOwner = request('users/me/apps/mine/models/face-detection/outputs', 'process.env.CLARIFAI_PAT');
    expect(fixReads(wrongOwner)).toEqual(['require-clarifai-owner setOwner: ']);
  });
});

describe('envReadsOf: the env vars a file reads as code', () => {
  const reads = (text: string) => envReadsOf(input(text));

  it('reads process.env, import.meta.env (also with a string key), sorted and once each', () => {
    expect(reads("const a = process.env.B_KEY, b = import.meta.env['A_KEY'];\nuse(process.env.B_KEY, process.env.NODE_ENV);\n")).toEqual([
      'A_KEY',
      'B_KEY',
      'NODE_ENV',
    ]);
  });

  it('does not count a name in a comment, a string or a template', () => {
    const text = "// was process.env.OLD_KEY\n/* import.meta.env.OLD_VITE_KEY */\nconst doc = 'set process.env.IN_STRING';\nconst t = `process.env.IN_TEMPLATE`;\n";
    expect(reads(text)).toEqual([]);
  });

  it("counts SvelteKit's env under any local name, and no other object called env", () => {
    expect(reads("import { env as secrets } from '$env/dynamic/private';\nuse(secrets.CLARIFAI_PAT, secrets['CLARIFAI_APP_ID']);\n")).toEqual([
      'CLARIFAI_APP_ID',
      'CLARIFAI_PAT',
    ]);
    expect(reads("import { env } from './settings.js';\nuse(env.CLARIFAI_PAT);\n")).toEqual([]);
    expect(reads("import { env } from '$env/dynamic/public';\nfunction f(env) { return env.SHADOWED; }\nuse(env.PUBLIC_KEY);\n")).toEqual(['PUBLIC_KEY']);
  });

  it('does not count a dynamic key', () => {
    expect(reads('const name = pick();\nuse(process.env[name]);\n')).toEqual([]);
  });
});
