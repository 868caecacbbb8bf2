// Secrets never leak: canary keys and PATs (obviously fake, unique, `c4n4ry<NNNN>...`) are seeded in files of
// every client style; then ESLint's messages and suggestions, the engine's findings, and every output of the
// codemod CLI (human report, --json, --sarif, --diff, --check, error messages) are searched for them.
// The only place a canary may show is a removed line of the user's own code in a diff ('-' lines).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codemodCliReady, itRequiresTheCli, runCodemod, STACK_FRAME, type CliRun } from './cli.js';
import { eslintFor } from './eslint-host.mjs';
import { findingsFor, isParseError, migrate } from './engine.js';

const CLI_READY = codemodCliReady();
const CANARY = /c4n4ry\d{4}/g;

let serial = 0;
/** A fresh canary: letters and digits like a real 32-character key, unique, and plainly fake. */
function canary(kind: 'pat' | 'key'): string {
  serial++;
  return `c4n4ry${String(serial).padStart(4, '0')}${kind === 'pat' ? 'f00d' : 'beef'}${(0x9e3779b1 * serial >>> 0).toString(16).padStart(8, '0')}a1b2c3d4`;
}

interface SeededFile {
  path: string;
  text: string;
  canaries: string[];
  about: string;
}

function seed(): SeededFile[] {
  const files: SeededFile[] = [];
  const add = (path: string, about: string, make: (c: (kind: 'pat' | 'key') => string) => string) => {
    const canaries: string[] = [];
    const text = make((kind) => {
      const c = canary(kind);
      canaries.push(c);
      return c;
    });
    files.push({ path, text, canaries, about });
  };
  const INPUTS = "[{ data: { image: { url: 'https://samples.clarifai.com/metro-north.jpg' } } }]";

  add('rest/header-literal.js', 'REST, key hard-coded in the Authorization header', (c) =>
    `fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {\n  method: 'POST',\n  headers: { Authorization: 'Key ${c('key')}' },\n  body: JSON.stringify({ inputs: ${INPUTS} }),\n});\n`);
  add('rest/const-pat.mjs', 'REST, PAT in a constant, template header', (c) =>
    `const CLARIFAI_PAT = '${c('pat')}';\n\nexport async function detect(url) {\n  const res = await fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {\n    method: 'POST',\n    headers: { Authorization: \`Key \${CLARIFAI_PAT}\` },\n    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),\n  });\n  return res.json();\n}\n`);
  add('rest/axios-api-key.ts', 'axios.post with an API key constant', (c) =>
    `import axios from 'axios';\n\nconst CLARIFAI_API_KEY: string = "${c('key')}";\n\nexport const tags = (url: string) =>\n  axios.post('https://api.clarifai.com/v2/models/aaa03c23b3724a16a56b629203edc62c/outputs', { inputs: [{ data: { image: { url } } }] }, {\n    headers: { Authorization: 'Key ' + CLARIFAI_API_KEY },\n  });\n`);
  add('rest/axios-instance.js', 'an axios.create instance with the key in its default headers', (c) =>
    `const axios = require('axios');\n\nconst clarifai = axios.create({\n  baseURL: 'https://api.clarifai.com/v2',\n  headers: { Authorization: 'Key ${c('pat')}' },\n});\n\nmodule.exports = (url) => clarifai.post('/models/food-item-recognition/outputs', { inputs: [{ data: { image: { url } } }] });\n`);
  add('rest/env-fallback.mjs', 'a PAT as the fallback of an env read', (c) =>
    `const PAT = process.env.CLARIFAI_PAT || '${c('pat')}';\n\nexport const run = () =>\n  fetch('https://api.clarifai.com/v2/models/color-recognition/outputs', {\n    method: 'POST',\n    headers: { Authorization: 'Key ' + PAT },\n    body: JSON.stringify({ inputs: ${INPUTS} }),\n  });\n`);
  add('grpc/metadata-literal.cjs', 'gRPC metadata with the key written in', (c) =>
    `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\n\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ${c('key')}');\n\nstub.PostModelOutputs({ model_id: 'face-detection', inputs: ${INPUTS} }, metadata, (err, response) => {\n  if (err) throw err;\n});\n`);
  add('grpc/const-key.ts', 'gRPC with the key in a constant, lowerCamel method', (c) =>
    `// @ts-ignore -- the package's types do not declare ClarifaiStub\nimport { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';\n\nconst CLARIFAI_API_KEY = '${c('key')}';\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', \`Key \${CLARIFAI_API_KEY}\`);\n\nexport function describeImage(url: string) {\n  stub.postModelOutputs({ model_id: 'general-image-recognition', inputs: [{ data: { image: { url } } }] }, metadata, () => {});\n}\n`);
  add('grpc/workflow-pat.js', 'gRPC workflow with a PAT constant and no owner', (c) =>
    `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\nconst PAT = '${c('pat')}';\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ' + PAT);\nstub.PostWorkflowResults({ workflow_id: 'General', inputs: ${INPUTS} }, metadata, () => {});\n`);
  add('legacy/api-key.js', 'legacy client, apiKey literal', (c) =>
    `const Clarifai = require('clarifai');\n\nconst app = new Clarifai.App({\n  apiKey: '${c('key')}',\n});\n\nmodule.exports = (url) => app.models.predict(Clarifai.FACE_DETECT_MODEL, url);\n`);
  add('legacy/shared-app.jsx', 'legacy client shared with own-app calls', (c) =>
    `import Clarifai from 'clarifai';\n\nconst app = new Clarifai.App({ apiKey: "${c('key')}" });\n\nexport function save(url) {\n  return app.inputs.create({ url });\n}\n\nexport function predict(url) {\n  return app.models.predict(Clarifai.GENERAL_MODEL, url);\n}\n`);
  add('sdk/model-pat.ts', 'SDK Model with a PAT literal and own ids', (c) =>
    `import { Model } from 'clarifai-nodejs';\n\nconst model = new Model({\n  modelId: 'face-detection',\n  authConfig: { pat: '${c('pat')}', userId: 'me', appId: 'my-app' },\n});\n\nexport const run = (url: string) => model.predictByUrl({ url, inputType: 'image' });\n`);
  add('sdk/workflow-url.mjs', 'SDK Workflow by URL with a PAT literal', (c) =>
    `import { Workflow } from 'clarifai-nodejs';\n\nconst workflow = new Workflow({\n  url: 'https://clarifai.com/clarifai/main/workflows/General',\n  authConfig: { pat: '${c('pat')}' },\n});\n\nexport const run = (url) => workflow.predictByUrl(url, 'image');\n`);
  add('openai/compatible.ts', 'OpenAI-compatible client pointed at Clarifai', (c) =>
    `import OpenAI from 'openai';\n\nexport const client = new OpenAI({\n  baseURL: 'https://api.clarifai.com/v2/ext/openai/v1',\n  apiKey: '${c('pat')}',\n});\n`);
  add('broken/parse-error.js', 'a file with canaries that fails to parse', (c) =>
    `const CLARIFAI_PAT = '${c('pat')}' '${c('pat')}';\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', { headers: { Authorization: 'Key ' + CLARIFAI_PAT } });\n`);
  add('broken/unterminated.ts', 'an unterminated string holding a canary', (c) =>
    `const CLARIFAI_PAT = '${c('pat')};\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', { headers: { Authorization: 'Key ' + CLARIFAI_PAT } });\n`);
  add('broken/identifier.js', 'a canary where an identifier is expected', (c) =>
    `const ${'c4n4ry'}${String(++serial).padStart(4, '0')}x = 1;\nconst = '${c('pat')}';\n// clarifai\n`);
  return files;
}

const files = seed();
const allCanaries = [...new Set(files.flatMap((f) => [...f.text.matchAll(CANARY)].map((m) => m[0])))];
const checked = { outputs: 0, canaryChecks: 0 };
const temps: string[] = [];

function writeTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'clarifai-secrets-'));
  temps.push(root);
  // A Node project: where no package.json says how code runs, only clearly-server files get env reads.
  writeFileSync(join(root, 'package.json'), '{ "name": "secrets-seed", "private": true }\n');
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  return root;
}

/** Every canary found in `output`, and the lines it is on. */
function leaks(output: string): string[] {
  checked.outputs++;
  checked.canaryChecks += allCanaries.length;
  return output.split('\n').filter((line) => /c4n4ry/.test(line));
}

function expectNoCanary(output: string, where: string): void {
  expect(leaks(output), `canary in ${where}`).toEqual([]);
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  console.log(
    `canaries checked: ${allCanaries.length} canaries in ${files.length} files, searched in ${checked.outputs} outputs (${checked.canaryChecks} canary-output checks)`,
  );
});

describe('secrets: the engine', () => {
  it('never puts a canary in a finding message, data, facts or fix description, and no fix copies one', () => {
    for (const f of files) {
      let findings;
      try {
        findings = findingsFor(f.text, f.path);
      } catch (error) {
        expect(isParseError(error), `${f.path}: ${(error as Error).message}`).toBe(true);
        expectNoCanary((error as Error).message, `the parse error of ${f.path}`);
        continue;
      }
      for (const finding of findings) {
        const { message, data, facts, fix, ruleId, messageId } = finding;
        expectNoCanary(JSON.stringify({ ruleId, messageId, message, data, facts, fixMessage: fix?.messageId, fixData: fix?.data }), `a finding of ${f.path}`);
        // An edit may delete a literal, but must never write a secret anywhere.
        for (const edit of fix?.edits ?? []) expectNoCanary(edit.text, `an edit of ${finding.ruleId} in ${f.path}`);
      }
    }
  });

  it('removes every canary the migration can reach: what the codemod writes holds no secret it was told about', () => {
    const left: string[] = [];
    for (const f of files.filter((x) => !x.path.startsWith('broken/'))) {
      const out = migrate(f.text, f.path).text;
      for (const line of leaks(out)) left.push(`${f.path} (${f.about}): ${line.trim()}`);
    }
    console.log(`canaries left in migrated files (flagged for a human, not fixed): ${left.length}`);
    for (const l of left) console.log(`  ${l}`);
    expect(left).toEqual([]);
  });
});

describe('secrets: ESLint with eslint-plugin-clarifai', () => {
  let root: string;
  beforeAll(() => {
    root = writeTree();
  });

  it('never shows a canary in a message, a suggestion or a parse error', async () => {
    const eslint = eslintFor(root);
    const results = await eslint.lintFiles(['.']);
    expect(results.length).toBe(files.length);
    for (const result of results) {
      for (const m of result.messages) {
        expectNoCanary(m.message, `an ESLint message for ${result.filePath}`);
        for (const s of m.suggestions ?? []) expectNoCanary(s.desc, `a suggestion for ${result.filePath}`);
      }
    }
    const stylish = await (await eslint.loadFormatter('stylish')).format(results);
    expectNoCanary(stylish, 'the stylish report');
    expect(results.some((r) => r.messages.some((m) => m.ruleId === 'clarifai/no-hardcoded-credentials'))).toBe(true);
  });
});

describe.skipIf(!CLI_READY)('secrets: the codemod CLI', () => {
  let root: string;
  const runs: Record<string, CliRun> = {};
  beforeAll(async () => {
    root = writeTree();
    runs.diff = await runCodemod(['--dry', '--diff', '.'], root);
    runs.json = await runCodemod(['--dry', '--json', '--sarif', 'out/report.sarif', '.'], root);
    runs.check = await runCodemod(['--check', '.'], root);
    runs.write = await runCodemod(['.'], root);
  }, 120_000);

  it('ran to the end every time (a file failed to parse: exit 1)', () => {
    for (const [name, run] of Object.entries(runs)) {
      expect(run.timedOut, name).toBe(false);
      expect(run.status, `${name}: ${run.stderr}`).toBe(1);
      expect(run.stderr + run.stdout, name).not.toMatch(STACK_FRAME);
    }
  });

  it('prints no canary in the human report, on stdout or stderr, including the parse errors', () => {
    expect(runs.write!.stdout).toMatch(/parse-error\.js/);
    expectNoCanary(runs.write!.stdout, 'the human report (stdout)');
    expectNoCanary(runs.write!.stderr, 'stderr of a normal run');
    expectNoCanary(runs.check!.stdout + runs.check!.stderr, 'the --check output');
  });

  it('prints no canary in --json, nor in the SARIF file', () => {
    expect(() => JSON.parse(runs.json!.stdout)).not.toThrow();
    expectNoCanary(runs.json!.stdout, 'the --json report');
    expectNoCanary(runs.json!.stderr, 'stderr of the --json run');
    const sarif = readFileSync(join(root, 'out/report.sarif'), 'utf8');
    expect(JSON.parse(sarif).version).toBe('2.1.0');
    expectNoCanary(sarif, 'the SARIF file');
  });

  it("shows a canary in --diff only on the user's own removed lines", () => {
    const out = runs.diff!.stdout;
    expect(out).toMatch(/^\+\+\+ /m);
    // Every file whose canary a fix removes shows up in the diff (redacted or not on its '-' lines).
    for (const f of files.filter((x) => !x.path.startsWith('broken/'))) expect(out, f.path).toContain(`+++ b/${f.path}`);
    const lines = leaks(out);
    const shown = lines.filter((line) => !(line.startsWith('-') && !line.startsWith('---')));
    expect(shown, 'canary on a diff line that is not a removed line').toEqual([]);
    expectNoCanary(runs.diff!.stderr, 'stderr of the --diff run');
  });
});

itRequiresTheCli(CLI_READY);
