import * as engine from '@clarifai-auth/engine';
import { Linter } from 'eslint';
import { afterEach, vi } from 'vitest';
import plugin from '../src/index.js';
import { grpcWith } from './snippets.js';

// Count the analyses while keeping the real engine.
vi.mock('@clarifai-auth/engine', async (importOriginal) => {
  const actual = await importOriginal<typeof engine>();
  return { ...actual, analyze: vi.fn(actual.analyze) };
});
const analyze = vi.mocked(engine.analyze);
afterEach(() => analyze.mockClear());

const CLARIFAI_CALL = `${grpcWith('process.env.CLARIFAI_PAT')}
stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, callback);`;

/** Every rule on, then `config` on top (its rules override single rules). */
const lint = (code: string, config: Linter.Config = {}) =>
  new Linter().verify(code, [plugin.configs.strict, config], { filename: 'file.js' });

describe('engine adapter', () => {
  it('runs one analysis per file for all seven rules', () => {
    expect(lint(CLARIFAI_CALL).map((m) => m.ruleId)).toEqual(['clarifai/require-user-app-id']);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it("shows the engine's whole message, with its suggestion, where a check is left on the old variable", () => {
    const code = [
      'export async function tag(inputs) {',
      '  const apiKey = process.env.CLARIFAI_API_KEY;',
      "  if (!apiKey) throw new Error('no key');",
      '  audit(apiKey);',
      "  return fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { method: 'POST', headers: { Authorization: `Key ${apiKey}` }, body: JSON.stringify({ inputs }) });",
      '}',
    ].join('\n');
    const [message, ...rest] = lint(code);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ ruleId: 'clarifai/no-api-key-outside-app', messageId: 'checkStillRequiresOldVariable', line: 5, column: 10 });
    expect(message!.message).toMatch(/ After the fix, the check of `apiKey` on line 3 still tests CLARIFAI_API_KEY, not CLARIFAI_PAT, which this call sends instead: check CLARIFAI_PAT there too\.$/);
    expect(message!.suggestions?.map((s) => s.messageId)).toEqual(['switchToPat']);
  });

  it('registers no visitor at all on a file that cannot call Clarifai', () => {
    const rule = plugin.rules!['require-user-app-id']!;
    const context = { sourceCode: { text: 'fetch("/api/tags")' }, options: [], settings: {}, filename: 'file.js' };
    expect(rule.create(context as never)).toEqual({});
    expect(lint('fetch("/api/tags");')).toEqual([]);
    expect(analyze).not.toHaveBeenCalled();
  });

  it('merges the rule options over settings.clarifai, option by option', () => {
    lint(CLARIFAI_CALL, {
      settings: { clarifai: { patNames: ['FROM_SETTINGS'], ownResourceIds: ['face-detection'] } },
      rules: { 'clarifai/require-user-app-id': ['error', { patNames: ['FROM_OPTIONS'] }] },
    });
    const optionsSeen = analyze.mock.calls.map(([, options]) => options);
    // require-user-app-id with its own options; the other six rules share one analysis with the settings alone.
    expect(optionsSeen).toHaveLength(2);
    expect(optionsSeen).toEqual(
      expect.arrayContaining([
        { patNames: ['FROM_OPTIONS'], ownResourceIds: ['face-detection'] },
        { patNames: ['FROM_SETTINGS'], ownResourceIds: ['face-detection'] },
      ]),
    );
  });

  it('validates settings.clarifai with the rule options\' schema: a typo or a wrong type is an error naming the key', () => {
    expect(() => lint(CLARIFAI_CALL, { settings: { clarifai: { patName: ['PAT'] } } })).toThrow(
      'Invalid Clarifai options in settings.clarifai: unknown option settings.clarifai.patName (the options are patNames, apiKeyNames, clarifaiModelIds, clarifaiWorkflowIds, ownResourceIds, tsconfig, followImports).',
    );
    expect(() => lint(CLARIFAI_CALL, { settings: { clarifai: { patNames: 'PAT', apiKeyNames: [1] } } })).toThrow(
      'Invalid Clarifai options in settings.clarifai: settings.clarifai.patNames must be array; settings.clarifai.apiKeyNames.0 must be string.',
    );
    expect(analyze).not.toHaveBeenCalled();
  });

  it('reports a safe fix as an autofix and a needs-review fix as a suggestion', () => {
    const [autofix] = lint(CLARIFAI_CALL);
    expect(autofix?.fix).toBeDefined();
    expect(autofix?.suggestions).toBeUndefined();
    const [suggested] = lint(CLARIFAI_CALL.replace('CLARIFAI_PAT', 'CLARIFAI_API_KEY'));
    expect(suggested?.fix).toBeUndefined();
    expect(suggested?.suggestions?.map((s) => s.messageId)).toEqual(['switchToPat']);
  });
});
