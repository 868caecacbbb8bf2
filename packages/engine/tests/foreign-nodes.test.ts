import { describe, expect, it } from 'vitest';
import { analyze, parseForEngine } from '../src/index.js';

const CODE =
  "const PAT = process.env.CLARIFAI_PAT;\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', { headers: { Authorization: 'Key ' + PAT } });\n";

describe('nodes of other ESLint parsers', () => {
  it('finds calls inside a node type typescript-estree does not know (svelte-eslint-parser wraps a script this way)', () => {
    const { ast, scopeManager } = parseForEngine(CODE, 'file.js');
    const wrapped = { ...ast, body: [{ type: 'SvelteScriptElement', parent: ast, body: ast.body, range: ast.range, loc: ast.loc }] };
    const found = (program: typeof ast) =>
      analyze({ ast: program, scopeManager, text: CODE, filename: 'file.svelte' }).map((f) => `${f.ruleId}@${f.loc.start.line}`);
    expect(found(ast)).toEqual(['require-user-app-id@2']);
    expect(found(wrapped as unknown as typeof ast)).toEqual(['require-user-app-id@2']);
  });
});
