import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { offsetMapper } from '../src/finding-outcomes.js';
import { migrateSource } from '../src/migrate-file.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '__testfixtures__', name), 'utf8');
const FAKE_PAT = 'f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3';

describe('migrateSource', () => {
  it('says which findings its fixes removed and which environment variables they read', () => {
    const result = migrateSource(fixture('legacy-app.input.js'), 'legacy-app.js');
    expect(result.changed).toBe(true);
    expect(result.findings.map((f) => [f.ruleId, f.fixed, f.safety])).toEqual([
      ['no-deprecated-client', false, undefined],
      ['no-api-key-outside-app', true, 'needs-review'],
    ]);
    expect(result.remaining).toBe(1);
    expect(result.envVars).toEqual(['CLARIFAI_PAT']);
    expect(result.findings[1]).toMatchObject({ line: 9, column: 3, fix: 'Send a PAT read from process.env.CLARIFAI_PAT and name the owner clarifai/main.' });
  });

  it('names what the migrated calls read, not the env name of a constant that only fed the switched key', () => {
    const input = `export const CLARIFAI_API_KEY = '0123456789abcdef0123456789abcdef';
export const faces = (url) =>
  fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {
    method: 'POST',
    headers: { Authorization: \`Key \${CLARIFAI_API_KEY}\` },
    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
  });
`;
    const result = migrateSource(input, 'faces.mjs');
    expect(result.output).toContain('export const CLARIFAI_API_KEY = process.env.CLARIFAI_API_KEY;');
    expect(result.output).toContain('Authorization: `Key ${process.env.CLARIFAI_PAT}`');
    expect(result.envVars).toEqual(['CLARIFAI_PAT']);
  });

  it('still names the env read of a declared secret that feeds no call in the file', () => {
    const input = `export const CLARIFAI_PAT = 'f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3';
fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY } });
`;
    const result = migrateSource(input, 'constants.mjs');
    expect(result.output).toContain("export const CLARIFAI_PAT = process.env.CLARIFAI_PAT;");
    expect(result.envVars).toEqual(['CLARIFAI_PAT']);
  });

  it('with --safe-only leaves a credential switch for a human', () => {
    const result = migrateSource(fixture('grpc-api-key.input.ts'), 'grpc.ts', { allowed: ['safe'] });
    expect(result.changed).toBe(false);
    expect(result.findings.map((f) => [f.ruleId, f.fixed])).toEqual([['no-api-key-outside-app', false]]);
    expect(result.remaining).toBe(1);
    expect(result.envVars).toEqual([]);
  });

  it('locates hard-coded secrets (so diffs can mask them) without putting them in any message', () => {
    const input = `\uFEFF${fixture('pat-no-owner.input.mjs')}`;
    const result = migrateSource(input, 'smoke.mjs');
    expect(result.secretRanges.map(([s, e]) => input.slice(s, e))).toEqual([`'${FAKE_PAT}'`]);
    expect(JSON.stringify(result.findings)).not.toContain(FAKE_PAT);
    expect(result.output.startsWith('\uFEFF')).toBe(true);
  });

  it('reports a parse error with a 1-based position and changes nothing', () => {
    const input = "fetch('https://api.clarifai.com/v2/models/x/outputs', { headers: { Authorization: 'Key ' + PAT }, );";
    const result = migrateSource(input, 'broken.ts');
    expect(result).toMatchObject({ output: input, changed: false, error: { kind: 'parse' } });
    expect(result.error?.message).toMatch(/\(1:\d+\)$/);
  });

  it('reports code nested too deeply to parse as a parse error, not an internal one', () => {
    const input = `// Clarifai\nx = ${'('.repeat(20_000)}1${')'.repeat(20_000)};\n`;
    const result = migrateSource(input, 'deep.js');
    expect(result).toMatchObject({ output: input, changed: false, error: { kind: 'parse', message: 'Code is nested too deeply to parse. (1:1)' } });
  });
});

describe('offsetMapper', () => {
  it('follows offsets across insertions and replacements', () => {
    const before = 'call(a, KEY); other(b);';
    const after = 'call(a, process.env.PAT); other(b, extra);';
    const map = offsetMapper(before, after);
    expect(map(0)).toBe(0);
    expect(map(before.indexOf('other'))).toBe(after.indexOf('other'));
    expect(map(before.indexOf('KEY'))).toBe(after.indexOf('process'));
    expect(map(before.length)).toBe(after.length);
  });
});

describe('values from the project’s other modules (the engine’s module facts)', () => {
  let dir: string;
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'codemod-xfile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fixes a call whose owner ids come from a config module, editing only the caller', () => {
    write({
      'config/clarifai.ts': "export const USER_ID = 'acme-dev';\nconst APP = 'shop';\nexport { APP as APP_ID };\nexport const PAT = process.env.CLARIFAI_PAT ?? '';\n",
      'src/tags.ts': [
        'import {',
        '  APP_ID,',
        '  PAT,',
        '  USER_ID,',
        "} from '../config/clarifai.js';",
        '',
        'export const tags = (url: string) =>',
        '  fetch(`https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/models/general-image-recognition/outputs`, {',
        "    method: 'POST',",
        '    headers: { Authorization: `Key ${PAT}` },',
        '    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),',
        '  });',
        '',
      ].join('\n'),
    });
    const path = join(dir, 'src/tags.ts');
    const source = readFileSync(path, 'utf8');
    expect(migrateSource(source, 'src/tags.ts').changed).toBe(false);

    const result = migrateSource(source, path);
    expect(result.output).toBe(source.replace('users/${USER_ID}/apps/${APP_ID}', 'users/clarifai/apps/main'));
    expect(result.findings).toMatchObject([
      { ruleId: 'require-clarifai-owner', fixed: true, line: 8, crossFile: { from: [relative(process.cwd(), join(dir, 'config/clarifai.ts'))] } },
    ]);
    expect(result.findings[0]!.crossFile!.reason).toBeUndefined();
  });

  it('leaves a legacy client created in another module for a human, and says where to change it', () => {
    write({
      'clarifai-client.js': "const Clarifai = require('clarifai');\nconst app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });\nmodule.exports = app;\n",
      'food.js': [
        "const Clarifai = require('clarifai');",
        "const app = require('./clarifai-client');",
        '',
        'exports.food = (url) => app.models.predict(Clarifai.FOOD_MODEL, url);',
        '',
      ].join('\n'),
    });
    const path = join(dir, 'food.js');
    const source = readFileSync(path, 'utf8');
    const result = migrateSource(source, path);
    expect(result.changed).toBe(false);
    const finding = result.findings.find((f) => f.ruleId === 'no-api-key-outside-app');
    const client = relative(process.cwd(), join(dir, 'clarifai-client.js'));
    expect(finding).toMatchObject({ fixed: false, line: 4, crossFile: { from: [client] } });
    expect(finding!.crossFile!.reason).toBe(`it is set in ${client} (line 2), which other files may share: change it there`);
    expect(result.remaining).toBe(2);
  });

  it('leaves values it cannot follow unknown, as in the file alone', () => {
    write({
      // A package, as the working directory is one: the two runs differ only in the module they can read.
      'package.json': '{}',
      'keys.js': 'export const CLARIFAI_KEY = computeKey();\nfunction computeKey() { return process.env.K; }\n',
      'use.js': "import { CLARIFAI_KEY } from './keys.js';\nfetch('https://api.clarifai.com/v2/models/x/outputs', { headers: { Authorization: 'Key ' + CLARIFAI_KEY } });\n",
    });
    const source = readFileSync(join(dir, 'use.js'), 'utf8');
    expect(migrateSource(source, join(dir, 'use.js'))).toEqual(migrateSource(source, 'use.js'));
  });

  it('follows imports of modules that do not mention Clarifai themselves', () => {
    write({
      'ids.ts': "export const USER_ID = 'acme-dev';\nexport const APP_ID = 'shop';\n",
      'use.ts': "import { APP_ID, USER_ID } from './ids';\nfetch(`https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/models/face-detection/outputs`, { headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });\n",
    });
    const source = readFileSync(join(dir, 'use.ts'), 'utf8');
    expect(migrateSource(source, join(dir, 'use.ts')).output).toContain('/v2/users/clarifai/apps/main/models/face-detection/outputs');
  });
});

describe('the env vars a migrated file reads before and after (the engine’s reads, not its text)', () => {
  const call = (read: string) => `export const tags = (url) =>
  fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {
    method: 'POST',
    headers: { Authorization: 'Key ' + ${read} },
    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
  });
`;

  it('does not count a name the output still mentions in a comment or a string as read', () => {
    const input = `// Needs process.env.CLARIFAI_API_KEY.\nconst HELP = 'set process.env.CLARIFAI_API_KEY';\n${call('process.env.CLARIFAI_API_KEY')}`;
    const result = migrateSource(input, 'tags.mjs');
    expect(result.output).toBe(
      `// Needs process.env.CLARIFAI_API_KEY.\nconst HELP = 'set process.env.CLARIFAI_API_KEY';\n${call('process.env.CLARIFAI_PAT').replace('{ inputs', "{ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs")}`,
    );
    expect(result.envReads).toEqual({ before: ['CLARIFAI_API_KEY'], after: ['CLARIFAI_PAT'] });
    expect(result.envVars).toEqual(['CLARIFAI_PAT']);
  });

  it("reads through SvelteKit's env under another local name", () => {
    const dir = mkdtempSync(join(tmpdir(), 'codemod-env-reads-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{ "name": "shop", "private": true, "devDependencies": { "@sveltejs/kit": "^2.0.0" } }\n');
      const path = join(dir, 'src', 'routes', '+page.server.js');
      mkdirSync(dirname(path), { recursive: true });
      const input = `import { env as secrets } from '$env/dynamic/private';\n${call('secrets.CLARIFAI_API_KEY')}`;
      const result = migrateSource(input, path);
      expect(result.output).toContain("headers: { Authorization: 'Key ' + secrets.CLARIFAI_PAT },");
      expect(result.envReads).toEqual({ before: ['CLARIFAI_API_KEY'], after: ['CLARIFAI_PAT'] });
      expect(result.envVars).toEqual(['CLARIFAI_PAT']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says nothing of reads for a file it leaves as it is', () => {
    const result = migrateSource(call('process.env.CLARIFAI_PAT').replace('{ inputs', "{ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs"), 'tags.mjs');
    expect(result.changed).toBe(false);
    expect(result.envReads).toBeUndefined();
    expect(result.envVars).toEqual([]);
  });
});
