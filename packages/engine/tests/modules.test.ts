import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, fixesOf, fixUntilStable, mergeEdits, parseForEngine, sharedClientFix, sharedClientUses, type ModuleHost } from '../src/index.js';

/** A project in memory: `/p/<name>` files, resolved as Node and TypeScript would (extensions, index files, `.js` → `.ts`). */
function memoryHost(files: Record<string, string>): ModuleHost & { loads: string[] } {
  const loads: string[] = [];
  const exists = (path: string) => Object.hasOwn(files, path);
  return {
    loads,
    resolve(specifier, importer) {
      if (!specifier.startsWith('.')) return undefined;
      const parts = importer.split('/').slice(0, -1);
      for (const piece of specifier.split('/')) {
        if (piece === '..') parts.pop();
        else if (piece !== '.') parts.push(piece);
      }
      const base = parts.join('/');
      const candidates = [base, base.replace(/\.js$/, '.ts'), ...['.ts', '.js'].flatMap((e) => [base + e, `${base}/index${e}`])];
      return candidates.find(exists);
    },
    load(path) {
      loads.push(path);
      return exists(path) ? { text: files[path]!, version: String(files[path]!.length) } : undefined;
    },
  };
}

function run(files: Record<string, string>, main: string, host = memoryHost(files)) {
  const text = files[main]!;
  const { ast, scopeManager } = parseForEngine(text, main);
  return analyze({ ast, scopeManager, text, filename: main, modules: host });
}

function summary(files: Record<string, string>, main: string): string[] {
  return run(files, main).map((f) => `${f.ruleId}@${f.loc.start.line}:${f.loc.start.column}${f.fix ? ` ${f.fix.safety}` : ''}`);
}

function migrated(files: Record<string, string>, main: string): string {
  const host = memoryHost(files);
  return fixUntilStable(files[main]!, (t) => fixesOf(t, run({ ...files, [main]: t }, main, host), ['safe', 'needs-review'])).text;
}

const FETCH_GENERAL = "fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { method: 'POST', headers: { Authorization: 'Key ' + KEY }, body });\n";

describe('values imported from the project’s own modules', () => {
  it('reports a prediction through a legacy client another module creates, naming that module and line', () => {
    const files = {
      '/p/lib/settings.js': "module.exports = { visionKey: process.env.CLARIFAI_API_KEY };\n",
      '/p/lib/vision.js': "const Clarifai = require('clarifai');\nconst settings = require('./settings');\nmodule.exports = new Clarifai.App({ apiKey: settings.visionKey });\n",
      '/p/routes/tags.js': "const Clarifai = require('clarifai');\nconst vision = require('../lib/vision');\nvision.models.predict(Clarifai.GENERAL_MODEL, url);\n",
    };
    const [deprecated, finding, ...rest] = run(files, '/p/routes/tags.js');
    expect(deprecated!.ruleId).toBe('no-deprecated-client');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'no-api-key-outside-app',
      loc: { start: { line: 3, column: 0 } },
      facts: { client: 'legacy', credential: 'api-key', credentialName: 'CLARIFAI_API_KEY', resourceId: 'aaa03c23b3724a16a56b629203edc62c' },
      definedIn: { module: '../lib/vision.js', line: 3 },
    });
    expect(finding!.fix).toBeUndefined();
    expect(finding!.message).toMatch(/ This is set in \.\.\/lib\/vision\.js \(line 3\): change it there\.$/);
  });

  it('reads an ESM app created with `export const` and imported by name (TypeScript, `.js` specifier)', () => {
    const files = {
      '/p/src/clarifai.ts': "import Clarifai from 'clarifai';\nexport const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY! });\n",
      '/p/src/use.ts': "import Clarifai from 'clarifai';\nimport { app as vision } from './clarifai.js';\nexport const tags = (url: string) => vision.models.predict(Clarifai.GENERAL_MODEL, url);\n",
    };
    expect(summary(files, '/p/src/use.ts')).toEqual(['no-deprecated-client@1:0', 'no-api-key-outside-app@3:37']);
  });

  it('fixes a URL whose owner ids a config module exports (named, renamed), editing only this file', () => {
    const files = {
      '/p/config/clarifai.ts': "export const USER_ID = 'acme-dev';\nconst APP = 'shop';\nexport { APP as APP_ID };\nexport const PAT = process.env.CLARIFAI_PAT ?? '';\n",
      '/p/src/tags.ts': "import { APP_ID, PAT, USER_ID } from '../config/clarifai.js';\nfetch(`https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/models/general-image-recognition/outputs`, { method: 'POST', headers: { Authorization: `Key ${PAT}` } });\n",
    };
    expect(summary(files, '/p/src/tags.ts')).toEqual(['require-clarifai-owner@2:0 safe']);
    expect(migrated(files, '/p/src/tags.ts')).toBe(files['/p/src/tags.ts'].replace('users/${USER_ID}/apps/${APP_ID}', 'users/clarifai/apps/main'));
  });

  it('follows `export * from` and `export { x as y } from` chains and a directory index', () => {
    const files = {
      '/p/config/index.ts': "export * from './keys';\n",
      '/p/config/keys.ts': "export { KEY as CLARIFAI_KEY } from './raw';\n",
      '/p/config/raw.ts': 'export const KEY = process.env.CLARIFAI_API_KEY;\n',
      '/p/use.ts': `import { CLARIFAI_KEY as KEY } from './config';\n${FETCH_GENERAL}`,
    };
    expect(run(files, '/p/use.ts').map((f) => [f.ruleId, f.facts?.credentialName, f.fix?.safety])).toEqual([
      ['no-api-key-outside-app', 'CLARIFAI_API_KEY', 'needs-review'],
    ]);
    expect(migrated(files, '/p/use.ts')).toContain("headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }");
  });

  it('reads namespace imports, default exports, `exports.x =`, `module.exports.x =`, `require().a.b` and `import x = require()`', () => {
    const key = 'process.env.CLARIFAI_API_KEY';
    const variants: [string, string, string][] = [
      ["export const KEY = " + key + ';\n', "import * as cfg from './m';\nconst KEY = cfg.KEY;\n", '.ts'],
      [`export default { clarifai: { key: ${key} } };\n`, "import cfg from './m';\nconst KEY = cfg.clarifai.key;\n", '.ts'],
      [`exports.KEY = ${key};\n`, "const { KEY } = require('./m');\n", '.js'],
      [`module.exports.KEY = ${key};\n`, "const m = require('./m');\nconst KEY = m.KEY;\n", '.js'],
      [`module.exports = { clarifai: { key: ${key} } };\n`, "const KEY = require('./m').clarifai.key;\n", '.js'],
      [`const keys = { KEY: ${key} };\nexport = keys;\n`, "import m = require('./m');\nconst KEY = m.KEY;\n", '.ts'],
    ];
    for (const [module, head, ext] of variants) {
      const files = { [`/p/m${ext}`]: module, [`/p/use${ext}`]: head + FETCH_GENERAL };
      expect(run(files, `/p/use${ext}`).map((f) => [f.ruleId, f.facts?.credentialName]), head).toEqual([
        ['no-api-key-outside-app', 'CLARIFAI_API_KEY'],
      ]);
    }
  });

  it('reports a gRPC call whose metadata another module builds, without a fix here', () => {
    const files = {
      '/p/grpc.js': "const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);\nmodule.exports = { stub, metadata };\n",
      '/p/use.js': "const { stub, metadata } = require('./grpc');\nstub.PostModelOutputs({ model_id: 'general-image-recognition', inputs }, metadata, cb);\n",
    };
    const findings = run(files, '/p/use.js');
    expect(findings.map((f) => [f.ruleId, f.loc.start.line, f.facts?.credential, f.definedIn, f.fix])).toEqual([
      ['no-api-key-outside-app', 2, 'api-key', { module: './grpc.js', line: 4 }, undefined],
    ]);
  });

  it('reads an axios instance and a helper that returns request options from other modules', () => {
    const files = {
      '/p/api.ts': "import axios from 'axios';\nexport const clarifai = axios.create({ baseURL: 'https://api.clarifai.com/v2', headers: { Authorization: `Key ${process.env.CLARIFAI_API_KEY}` } });\n",
      '/p/options.js': "export function requestOptions(body) {\n  return { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY }, body };\n}\n",
      '/p/use.ts': "import { clarifai } from './api';\nimport { requestOptions } from './options.js';\nclarifai.post('/models/general-image-recognition/outputs', body);\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', requestOptions(body));\n",
    };
    expect(run(files, '/p/use.ts').map((f) => [f.ruleId, f.loc.start.line, f.facts?.credentialName, f.definedIn?.module])).toEqual([
      ['no-api-key-outside-app', 3, 'CLARIFAI_API_KEY', './api.ts'],
      ['no-api-key-outside-app', 4, 'CLARIFAI_API_KEY', './options.js'],
    ]);
  });

  it('treats cycles, missing and unparsable modules as unknown, the same as without a host', () => {
    const use = `import { KEY } from './a';\nimport { OTHER } from './missing';\nimport { BROKEN } from './broken';\nfetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { headers: { Authorization: 'Key ' + KEY + OTHER + BROKEN } });\n`;
    const files = {
      '/p/a.ts': "export { KEY } from './b';\n",
      '/p/b.ts': "export { KEY } from './a';\n",
      '/p/broken.ts': 'export const BROKEN = (;\n',
      '/p/use.ts': use,
    };
    const { ast, scopeManager } = parseForEngine(use, '/p/use.ts');
    const alone = analyze({ ast, scopeManager, text: use, filename: '/p/use.ts' });
    expect(run(files, '/p/use.ts')).toEqual(alone);
  });

  it('reads each module once per analysed file and parses it again only when its version changes', () => {
    const files: Record<string, string> = {
      '/p/keys.js': 'exports.A = process.env.CLARIFAI_API_KEY;\nexports.B = process.env.CLARIFAI_API_KEY;\n',
      '/p/use.js': "const { A, B } = require('./keys');\nconst KEY = A + B;\n" + FETCH_GENERAL,
    };
    const host = memoryHost(files);
    run(files, '/p/use.js', host);
    expect(host.loads).toEqual(['/p/keys.js']);
    run(files, '/p/use.js', host);
    expect(host.loads).toEqual(['/p/keys.js', '/p/keys.js']);
  });

  it('never reads a module for a file that cannot call Clarifai', () => {
    const files = { '/p/keys.js': 'exports.A = 1;\n', '/p/use.js': "const { A } = require('./keys');\nfetch(A);\n" };
    const host = memoryHost(files);
    run(files, '/p/use.js', host);
    expect(host.loads).toEqual([]);
  });
});

describe('a legacy client shared through a module', () => {
  const files = {
    '/p/lib/vision.js': "const Clarifai = require('clarifai');\nconst settings = require('./settings');\n\nmodule.exports = new Clarifai.App({ apiKey: settings.visionKey });\n",
    '/p/lib/settings.js': 'module.exports = { visionKey: process.env.CLARIFAI_API_KEY };\n',
    '/p/tags.js': "const Clarifai = require('clarifai');\nconst vision = require('./lib/vision');\nvision.models.predict(Clarifai.GENERAL_MODEL, url);\nrequire('./lib/vision').models.predict(Clarifai.FOOD_MODEL, url);\n",
    '/p/own.js': "const vision = require('./lib/vision');\nvision.models.predict('my-own-model', url);\n",
    '/p/inputs.js': "const vision = require('./lib/vision');\nvision.inputs.create(url);\n",
  };
  const host = memoryHost(files);
  const input = (path: string) => {
    const text = files[path as keyof typeof files];
    return { ...parseForEngine(text, path), text, filename: path, modules: host };
  };
  const client = { path: '/p/lib/vision.js', line: 4 };

  it('counts each file’s uses and says whether all are predictions of clarifai/main resources', () => {
    expect(sharedClientUses(input('/p/tags.js'), client)).toEqual({ uses: 2, servesOnlyClarifaiMain: true });
    expect(sharedClientUses(input('/p/own.js'), client)).toEqual({ uses: 1, servesOnlyClarifaiMain: false });
    expect(sharedClientUses(input('/p/inputs.js'), client)).toEqual({ uses: 1, servesOnlyClarifaiMain: false });
    expect(sharedClientUses(input('/p/tags.js'), { ...client, line: 1 })).toEqual({ uses: 0, servesOnlyClarifaiMain: false });
  });

  it('moves the client itself: a PAT from the environment and the owner clarifai/main', () => {
    const fix = sharedClientFix(input('/p/lib/vision.js'), 4)!;
    expect(fix).toMatchObject({ safety: 'needs-review', messageId: 'switchToPat', reads: ['CLARIFAI_PAT'] });
    const text = files['/p/lib/vision.js'];
    expect(applyFixes(text, [mergeEdits(text, fix.edits)]).text).toBe(
      text.replace('{ apiKey: settings.visionKey }', "{ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' }"),
    );
    expect(sharedClientFix(input('/p/lib/vision.js'), 3)).toBeUndefined();
  });
});
