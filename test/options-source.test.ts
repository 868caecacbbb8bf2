// One options source for both tools: the project's `.clarifairc.json` (or `clarifai.config.json`,
// `package.json#clarifai`) is read by the ESLint rules and by the codemod alike, and validated with the schema of
// the rule options.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import clarifai from 'eslint-plugin-clarifai';
import { migrateSource } from '../packages/codemod/dist/migrate-file.js';

const BIN = fileURLToPath(new URL('../packages/codemod/bin/clarifai-codemod.js', import.meta.url));

// `logo-detection-v2` is in no catalogue: only the project's options say it is Clarifai's.
const CALL = `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);
stub.PostModelOutputs({ model_id: 'logo-detection-v2', inputs }, metadata, callback);
`;
const MIGRATED = CALL.replace('CLARIFAI_API_KEY', 'CLARIFAI_PAT').replace(
  "{ model_id: 'logo-detection-v2'",
  "{ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'logo-detection-v2'",
);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'clarifai-options-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const eslintRules = (file: string, text: string) =>
  new Linter({ cwd: join(file, '..') })
    .verify(text, [{ files: ['**/*.js'], languageOptions: { parser: tsParser }, plugins: { clarifai }, rules: { 'clarifai/no-api-key-outside-app': 'error' } }], file)
    .map((m) => `${m.ruleId}:${m.messageId}@${m.line}`);

describe.each([
  ['.clarifairc.json', JSON.stringify({ clarifaiModelIds: ['logo-detection-v2'] })],
  ['clarifai.config.json', JSON.stringify({ clarifaiModelIds: ['logo-detection-v2'] })],
  ['package.json', JSON.stringify({ name: 'app', clarifai: { clarifaiModelIds: ['logo-detection-v2'] } })],
])('the project options in %s', (name, config) => {
  it('reach the ESLint rules and the codemod', () => {
    const dir = project({ [name]: config, 'logo.js': CALL });
    const file = join(dir, 'logo.js');
    expect(eslintRules(file, CALL)).toEqual(['clarifai/no-api-key-outside-app:apiKeyOutsideApp@5']);
    expect(migrateSource(CALL, file).output).toBe(MIGRATED);
  });
});

it('without project options neither tool knows the model', () => {
  const dir = project({ 'logo.js': CALL });
  const file = join(dir, 'logo.js');
  expect(eslintRules(file, CALL)).toEqual([]);
  expect(migrateSource(CALL, file).output).toBe(CALL);
});

it('a typo or a wrong type in the config file is an error naming the key, in both tools', () => {
  const dir = project({ '.clarifairc.json': JSON.stringify({ clarifaiModelId: ['logo-detection-v2'], patNames: 'PAT' }), 'logo.js': CALL });
  const file = join(dir, 'logo.js');
  const message =
    `Invalid Clarifai options in ${join(dir, '.clarifairc.json')}: unknown option ${join(dir, '.clarifairc.json')}.clarifaiModelId ` +
    '(the options are patNames, apiKeyNames, clarifaiModelIds, clarifaiWorkflowIds, ownResourceIds); ' +
    `${join(dir, '.clarifairc.json')}.patNames must be array.`;
  expect(() => eslintRules(file, CALL)).toThrow(message);
  const run = spawnSync(process.execPath, [BIN, '--dry', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 2, stderr: `clarifai-codemod: ${message}\n` });
  expect(readFileSync(file, 'utf8')).toBe(CALL);
});
