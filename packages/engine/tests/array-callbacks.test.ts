import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from './helpers.js';

const call = (id: string) =>
  `fetch(\`https://api.clarifai.com/v2/models/\${${id}}/outputs\`, { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: JSON.stringify({ inputs }) })`;

describe('value flow through a constant array', () => {
  it('knows the owner of a call made for each catalogued model of a list (map, forEach, a list of plain ids under Promise.all)', () => {
    const list = "const MODELS = [{ id: 'general-image-recognition' }, { id: 'color-recognition' }];\n";
    for (const code of [
      `${list}MODELS.map((m) => ${call('m.id')});\n`,
      `${list}MODELS.forEach((model) => ${call('model.id')});\n`,
      `const IDS = ['general-image-recognition', 'color-recognition'];\nPromise.all(IDS.map((id) => ${call('id')}));\n`,
    ]) {
      expect(summary(code)).toEqual([`require-user-app-id@2:${code.split('\n')[1]!.indexOf('fetch')} safe`]);
      expect(findingsOf(code)[0]!.facts).toMatchObject({ catalogueOwner: 'clarifai/main' });
    }
  });

  it('does not guess when the list mixes owners or is not a constant literal', () => {
    const mixed = `const MODELS = [{ id: 'general-image-recognition' }, { id: 'my-own-model' }];\nMODELS.map((m) => ${call('m.id')});\n`;
    expect(findingsOf(mixed)[0]!.fix?.safety).toBe('guess');
    const param = `export const tag = (models) => models.map((m) => ${call('m.id')});\n`;
    expect(findingsOf(param)[0]!.fix?.safety).toBe('guess');
  });
});
