import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import plugin from '../src/index.js';
import { moduleHostFor } from '../src/module-host.js';

describe('the module host the rules give the engine', () => {
  it('is one per tsconfig setting, and none for text without a path or with followImports: false', () => {
    const host = moduleHostFor('/p/a.js', {});
    expect(host).toBeDefined();
    expect(moduleHostFor('/p/b.js', undefined)).toBe(host);
    expect(moduleHostFor('/p/b.js', { tsconfig: '/p/tsconfig.json' })).not.toBe(host);
    expect(moduleHostFor('/p/b.js', { followImports: false })).toBeUndefined();
    expect(moduleHostFor('<input>', {})).toBeUndefined();
  });

  it('reports a call through a client another module creates with the message naming that module and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plugin-modules-'));
    try {
      mkdirSync(join(dir, 'lib'));
      writeFileSync(join(dir, 'lib/vision.js'), "const Clarifai = require('clarifai');\nmodule.exports = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });\n");
      const code = "const Clarifai = require('clarifai');\nconst vision = require('./lib/vision');\nvision.models.predict(Clarifai.GENERAL_MODEL, url);\n";
      const lint = (settings: object) =>
        new Linter({ cwd: dir }).verify(code, [plugin.configs.recommended, { settings: { clarifai: settings } }], { filename: join(dir, 'tags.js') });
      const [message, ...rest] = lint({});
      expect(rest).toEqual([]);
      expect(message).toMatchObject({ ruleId: 'clarifai/no-api-key-outside-app', messageId: 'definedInOtherModule', line: 3, column: 1 });
      expect(message!.message).toMatch(/ This is set in \.\/lib\/vision\.js \(line 2\): change it there\.$/);
      expect(message!.suggestions).toBeUndefined();
      expect(lint({ followImports: false })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
