import { RULE_IDS, RULE_META } from '@clarifai-auth/engine';
import { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import plugin from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as { name: string; version: string };
const ruleNames = Object.keys(plugin.rules ?? {});

/** The rules as typescript-eslint's RuleCreator built them (the plugin's public type is ESLint's). */
const ruleMeta = (id: string) => plugin.rules![id]!.meta as {
  docs: { description: string; recommended: boolean; url: string };
  [key: string]: unknown;
};

describe('plugin', () => {
  it('names itself for --cache and --print-config', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'clarifai' });
  });

  it('exports every engine rule, and nothing else', () => {
    expect(ruleNames.sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS)('%s: meta comes from the engine', (id) => {
    const meta = ruleMeta(id);
    const engine = RULE_META[id];
    expect(meta.type).toBe(engine.type);
    expect(meta.docs.description).toBe(engine.description);
    expect(meta.docs.recommended).toBe(engine.recommended);
    // Plus the one that carries the engine's message naming another module's line (a template cannot).
    expect(meta.messages).toEqual({ ...engine.messages, definedInOtherModule: '{{message}}', checkStillRequiresOldVariable: '{{message}}' });
    expect(meta.fixable).toBe(engine.fixable ? 'code' : undefined);
    expect(meta.hasSuggestions).toBe(engine.hasSuggestions ? true : undefined);
  });

  it.each(RULE_IDS)('%s: has a docs page, linked from meta.docs.url at the tag of this version', (id) => {
    expect(existsSync(`${packageDir}docs/rules/${id}.md`)).toBe(true);
    expect(ruleMeta(id).docs.url).toBe(
      `https://github.com/clarifai-auth-migration/clarifai-auth-migration/blob/v${packageJson.version}/packages/eslint-plugin/docs/rules/${id}.md`,
    );
  });

  it.each(RULE_IDS)('%s: every option has a description', (id) => {
    const [options] = ruleMeta(id).schema as [{ properties: Record<string, { description?: string }> }];
    const properties = Object.entries(options.properties);
    expect(properties.map(([name]) => name)).toEqual([
      'patNames',
      'apiKeyNames',
      'clarifaiModelIds',
      'clarifaiWorkflowIds',
      'ownResourceIds',
    ]);
    for (const [, schema] of properties) expect(schema.description).toMatch(/\S/);
  });
});

describe('configs', () => {
  const recommendedIds = RULE_IDS.filter((id) => RULE_META[id].recommended);

  const level = (id: (typeof RULE_IDS)[number]) => (RULE_META[id].advisory ? 'warn' : 'error');

  it('recommended turns on the rules the engine recommends, as errors (advisory ones as warnings)', () => {
    const { recommended } = plugin.configs;
    expect(recommended.name).toBe('clarifai/recommended');
    expect(recommended.plugins).toEqual({ clarifai: plugin });
    expect(recommended.rules).toEqual(Object.fromEntries(recommendedIds.map((id) => [`clarifai/${id}`, level(id)])));
    expect(recommended.rules?.['clarifai/no-pat-in-browser']).toBe('warn');
    expect(recommendedIds).not.toContain('no-deprecated-client');
  });

  it('strict turns on every rule', () => {
    const { strict } = plugin.configs;
    expect(strict.name).toBe('clarifai/strict');
    expect(strict.plugins).toEqual({ clarifai: plugin });
    expect(strict.rules).toEqual(Object.fromEntries(RULE_IDS.map((id) => [`clarifai/${id}`, level(id)])));
  });

  it('flat/recommended is an alias of recommended', () => {
    expect(plugin.configs['flat/recommended']).toBe(plugin.configs.recommended);
  });

  const code = `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);
stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, callback);`;
  const ruleIdsIn = (config: Linter.Config[]) =>
    new Linter().verify(code, config, { filename: 'predict.js' }).map((m) => m.ruleId);

  it('works through extends, with ESLint’s default parser', () => {
    expect(ruleIdsIn(defineConfig({ plugins: { clarifai: plugin }, extends: ['clarifai/recommended'] }))).toEqual([
      'clarifai/no-api-key-outside-app',
    ]);
  });

  it('works spread into a config array', () => {
    expect(ruleIdsIn([plugin.configs.strict])).toEqual(['clarifai/no-api-key-outside-app']);
  });
});
