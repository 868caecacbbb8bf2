import { describe, expect, it } from 'vitest';
import { fixesOf, fixUntilStable } from '../src/index.js';
import { findingsOf } from './helpers.js';

function migrated(text: string, filename = 'handler.js'): string {
  return fixUntilStable(text, (t) => fixesOf(t, findingsOf(t, filename), ['safe', 'needs-review'])).text;
}

const MODEL_URL = "'https://api.clarifai.com/v2/models/general-image-recognition/outputs'";
const OWNER = "JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs })";
const handler = (check: string, extra = '') =>
  [
    'export async function tag(inputs) {',
    '  const apiKey = process.env.CLARIFAI_API_KEY;',
    `  ${check}`,
    extra,
    `  return fetch(${MODEL_URL}, { method: 'POST', headers: { Authorization: \`Key \${apiKey}\` }, body: JSON.stringify({ inputs }) });`,
    '}',
    '',
  ].join('\n');
/** A module that declares the key, checks it, and sends it (`token`) to Clarifai's general model. */
const checkedModule = (declaration: string, check: string, token = 'apiKey') =>
  [
    declaration,
    check,
    `export const tag = (inputs) => fetch(${MODEL_URL}, { method: 'POST', headers: { Authorization: \`Key \${${token}}\` }, body: JSON.stringify({ inputs }) });`,
    '',
  ].join('\n');
const switched = (text: string) =>
  text.replace('process.env.CLARIFAI_API_KEY', 'process.env.CLARIFAI_PAT').replace('JSON.stringify({ inputs })', OWNER);

describe('a start-up check on the old env var follows the credential switch', () => {
  it.each([
    ["if (!apiKey) throw new Error('CLARIFAI_API_KEY is not set');"],
    ["if (apiKey === undefined || apiKey === '') throw new Error('missing key');"],
    ["if (typeof apiKey === 'undefined') throw new Error('missing key');"],
    ["const ready = apiKey ? 'yes' : 'no';"],
    ["if (apiKey && process.env.PORT) console.log('configured');"],
  ])('switches the constant, not the use, when its other reads only test it: %s', (check) => {
    const code = handler(check);
    expect(migrated(code)).toBe(switched(code));
    expect(findingsOf(switched(code))).toEqual([]);
  });

  it('switches the constant when every use is a call the fixes switch alike', () => {
    const code =
      checkedModule('const apiKey = process.env.CLARIFAI_API_KEY;', "if (!apiKey) throw new Error('Set CLARIFAI_API_KEY');") +
      "export const faces = (inputs) => fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + apiKey }, body: JSON.stringify({ inputs }) });\n";
    expect(findingsOf(code).map((f) => [f.ruleId, f.fix?.edits.find((e) => e.range[0] === code.indexOf('process.env'))?.text])).toEqual([
      ['no-api-key-outside-app', 'process.env.CLARIFAI_PAT'],
      ['no-api-key-outside-app', 'process.env.CLARIFAI_PAT'],
    ]);
    expect(migrated(code)).toBe(code.replace('process.env.CLARIFAI_API_KEY', 'process.env.CLARIFAI_PAT').replaceAll('JSON.stringify({ inputs })', OWNER));
  });

  it('a `{ apiKey }` shorthand switches the constant too', () => {
    const code = [
      "const Clarifai = require('clarifai');",
      'const apiKey = process.env.CLARIFAI_API_KEY;',
      "if (!apiKey) throw new Error('no key');",
      'const app = new Clarifai.App({ apiKey });',
      'module.exports = (url) => app.models.predict(Clarifai.GENERAL_MODEL, url);',
      '',
    ].join('\n');
    expect(migrated(code, 'image.js')).toBe(
      code
        .replace('process.env.CLARIFAI_API_KEY', 'process.env.CLARIFAI_PAT')
        .replace('new Clarifai.App({ apiKey })', "new Clarifai.App({ apiKey, userId: 'clarifai', appId: 'main' })"),
    );
  });

  it('switches only the use when the constant also feeds other code, which still wants the old variable', () => {
    const code = handler("if (!apiKey) throw new Error('no key');", '  audit(apiKey);');
    expect(migrated(code)).toBe(
      code.replace('Key ${apiKey}', 'Key ${process.env.CLARIFAI_PAT}').replace('JSON.stringify({ inputs })', OWNER),
    );
  });

  it('says, when only the use is switched, that the check still requires the old variable', () => {
    const [finding] = findingsOf(handler("if (!apiKey) throw new Error('no key');", '  audit(apiKey);'));
    expect(finding!.checkLeft).toEqual({ name: 'apiKey', line: 3, envName: 'CLARIFAI_API_KEY', sent: 'CLARIFAI_PAT' });
    expect(finding!.message).toBe(
      'Model `general-image-recognition` belongs to clarifai/main, but this call sends an API key (`CLARIFAI_API_KEY`). Since API 9.3 an API key reaches only its own app: send a PAT and name the owner clarifai/main. ' +
        'After the fix, the check of `apiKey` on line 3 still tests CLARIFAI_API_KEY, not CLARIFAI_PAT, which this call sends instead: check CLARIFAI_PAT there too.',
    );
    const switchedConstant = findingsOf(handler("if (!apiKey) throw new Error('no key');"));
    const unchecked = findingsOf(handler('audit(apiKey);'));
    expect([...switchedConstant, ...unchecked].map((f) => f.checkLeft)).toEqual([undefined, undefined]);
  });

  it('notes, not renames, a checked name taken out of the environment object', () => {
    const code = checkedModule('const { CLARIFAI_API_KEY } = process.env;', "if (!CLARIFAI_API_KEY) throw new Error('no key');", 'CLARIFAI_API_KEY');
    expect(migrated(code)).toBe(code.replace('Key ${CLARIFAI_API_KEY}', 'Key ${process.env.CLARIFAI_PAT}').replace('JSON.stringify({ inputs })', OWNER));
    expect(findingsOf(code).map((f) => f.checkLeft)).toEqual([{ name: 'CLARIFAI_API_KEY', line: 2, envName: 'CLARIFAI_API_KEY', sent: 'CLARIFAI_PAT' }]);
    const vite = code.replace('process.env', 'import.meta.env').replaceAll('CLARIFAI_API_KEY', 'VITE_CLARIFAI_API_KEY');
    const switchFinding = findingsOf(vite, 'tag.mjs').find((f) => f.ruleId === 'no-api-key-outside-app');
    expect(switchFinding?.checkLeft).toEqual({ name: 'VITE_CLARIFAI_API_KEY', line: 2, envName: 'VITE_CLARIFAI_API_KEY', sent: 'CLARIFAI_PAT' });
  });

  it('leaves exported, reassigned and unchecked constants to the usual fix', () => {
    const useSwitched = (code: string) => code.replace('Key ${apiKey}', 'Key ${process.env.CLARIFAI_PAT}').replace('JSON.stringify({ inputs })', OWNER);
    const exported = checkedModule('export const apiKey = process.env.CLARIFAI_API_KEY;', "if (!apiKey) throw new Error('no key');");
    expect(migrated(exported)).toBe(useSwitched(exported));
    const reassigned = handler("if (!apiKey) throw new Error('no key');", '  apiKey = apiKey.trim();').replace('const apiKey', 'let apiKey');
    expect(migrated(reassigned)).toBe(useSwitched(reassigned));
    const unchecked = handler('audit(apiKey);');
    expect(migrated(unchecked)).toBe(useSwitched(unchecked));
  });
});
