import { blocksOf } from '../src/embedded/kinds.js';
import { migrateFile } from '../src/embedded/migrate-embedded.js';

const slices = (text: string, kind: Parameters<typeof blocksOf>[0], path = 'x') =>
  blocksOf(kind, text, path).regions.map((r) => [r.label, r.language, text.slice(r.start, r.end)]);

const CALL = "fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { headers: { Authorization: 'Key ' + PAT } });";

describe('finding script blocks', () => {
  it('Vue: <script> and <script setup> with their languages; <script src> is the other file', () => {
    const text = '<script src="./a.ts"></script>\n<template><p>{{ a }}</p></template>';
    expect(slices(text, 'vue')).toEqual([]);
    const both = '<script lang="ts">\nexport const a = 1;\n</script>\n<script setup lang="tsx">\nconst b = <p />;\n</script>\n';
    expect(slices(both, 'vue')).toEqual([
      ['<script>', 'ts', '\nexport const a = 1;\n'],
      ['<script setup>', 'tsx', '\nconst b = <p />;\n'],
    ]);
  });

  it('Vue: a style or template language is not a script language; lang="coffee" is left alone', () => {
    expect(slices('<script lang="coffee">\nx = 1\n</script>', 'vue')).toEqual([]);
  });

  it('Svelte: module and instance scripts, in file order', () => {
    const text = '<script lang="ts">\nlet a: number = 1;\n</script>\n<script context="module">\nexport const b = 2;\n</script>\n<p>{a}</p>';
    expect(slices(text, 'svelte')).toEqual([
      ['<script>', 'ts', '\nlet a: number = 1;\n'],
      ['<script module>', 'js', '\nexport const b = 2;\n'],
    ]);
  });

  it('Svelte: a component Svelte cannot parse throws (the file is reported as not parsing)', () => {
    expect(() => blocksOf('svelte', '<script>\nlet a = ;\n</script>', 'x.svelte')).toThrow();
  });

  it('HTML: only inline scripts with a JavaScript type; JSON, import maps, templates and src scripts stay', () => {
    const text = [
      '<script type="importmap">{ "imports": {} }</script>',
      '<script type="application/json">{ "a": 1 }</script>',
      '<script type="text/x-template"><p>{{ a }}</p></script>',
      '<script src="app.js">ignored()</script>',
      "<script>const s = '</div>';</script>",
      '<SCRIPT TYPE="module">import a from "./a.js";</SCRIPT>',
      '<script type="text/babel">const e = <b />;</script>',
    ].join('\n');
    expect(slices(text, 'html')).toEqual([
      ['<script>', 'js', "const s = '</div>';"],
      ['<script type="module">', 'js', 'import a from "./a.js";'],
      ['<script>', 'jsx', 'const e = <b />;'],
    ]);
  });

  it('HTML: a script never closed is not a block', () => {
    expect(slices('<p>a</p>\n<script>\nlet a = 1;\n', 'html')).toEqual([]);
  });

  it('Astro: the frontmatter and processed scripts are TypeScript, is:inline scripts JavaScript', () => {
    const text = '---\nconst a: number = 1;\n---\n<p>{a}</p>\n<script>\nconst b: string = "";\n</script>\n<script is:inline>\nvar c = 1;\n</script>\n';
    expect(slices(text, 'astro')).toEqual([
      ['frontmatter', 'ts', 'const a: number = 1;\n'],
      ['<script>', 'ts', '\nconst b: string = "";\n'],
      ['<script>', 'js', '\nvar c = 1;\n'],
    ]);
  });

  it('Markdown: fences tagged as JavaScript or TypeScript, the code between the fence lines', () => {
    const text = '# a\n\n```js title="x"\nconst a = 1;\n```\n\n~~~typescript\nlet b: number;\n~~~\n\n```sh\nls\n```\n\n```\nplain\n```\n';
    expect(slices(text, 'markdown')).toEqual([
      ['```js block', 'js', 'const a = 1;\n'],
      ['```typescript block', 'ts', 'let b: number;\n'],
    ]);
  });

  it('Markdown: a fence indented in a list is named, not rewritten', () => {
    const text = '1. Call it:\n\n   ```js\n   const a = 1;\n   ```\n';
    expect(blocksOf('markdown', text, 'x.md')).toEqual({
      regions: [],
      unreadable: [{ start: 16, label: '```js block', reason: 'a fence that is indented (in a list or quote) or not closed cannot be rewritten in place' }],
    });
  });

  it('MDX: a fence between JSX and ESM lines', () => {
    const text = "import { Tab } from './tab';\n\n<Tab>\n\n```tsx\nconst a = <b />;\n```\n\n</Tab>\n";
    expect(slices(text, 'mdx')).toEqual([['```tsx block', 'tsx', 'const a = <b />;\n']]);
  });
});

describe('migrateFile over blocks', () => {
  it('leaves a file whose blocks do not mention Clarifai alone without parsing them', () => {
    const text = '<p>Clarifai</p>\n<script>\nlet a = ;\n</script>\n';
    expect(migrateFile(text, 'page.html')).toEqual({ output: text, changed: false, findings: [], remaining: 0, envVars: [], secretRanges: [] });
  });

  it('reports a component that does not parse as a failed file, unchanged', () => {
    const text = `<script>\n${CALL}\nlet a = ;\n</script>\n<p>{a}</p>`;
    const result = migrateFile(text, 'broken.svelte');
    expect(result.output).toBe(text);
    expect(result.changed).toBe(false);
    expect(result.error?.kind).toBe('parse');
    expect(result.error?.message).toMatch(/^not a valid svelte file: /);
  });

  it('names a fragment block as skipped with the parser error at its place in the file, and migrates the others', () => {
    const text = `# a\n\n\`\`\`js\nconst PAT = process.env.CLARIFAI_PAT;\n${CALL}\n\`\`\`\n\n\`\`\`js\n${CALL}\n...\n\`\`\`\n`;
    const result = migrateFile(text, 'README.md');
    expect(result.changed).toBe(true);
    expect(result.findings.map((f) => [f.ruleId, f.line, f.column, f.fixed])).toEqual([['require-user-app-id', 5, 1, true]]);
    expect(result.skippedRegions).toEqual([
      { label: '```js block', line: 9, column: 1, reason: 'does not parse as a whole program: Declaration or statement expected. (10:1)' },
    ]);
    expect(result.output.slice(result.output.indexOf('```js\nfetch'))).toBe(text.slice(text.indexOf('```js\nfetch')));
  });

  it("gives the file's env reads before and after as those of its migrated blocks together", () => {
    const call = (read: string) => CALL.replace("'Key ' + PAT", `'Key ' + process.env.${read}`);
    const text = `# a\n\n\`\`\`js\n${call('CLARIFAI_API_KEY')}\n\`\`\`\n\n\`\`\`js\n${call('CLARIFAI_PAT')}\n\`\`\`\n`;
    const result = migrateFile(text, 'README.md');
    expect(result.findings.map((f) => [f.ruleId, f.line, f.fixed])).toEqual([
      ['no-api-key-outside-app', 4, true],
      ['require-user-app-id', 8, true],
    ]);
    expect(result.envReads).toEqual({ before: ['CLARIFAI_API_KEY', 'CLARIFAI_PAT'], after: ['CLARIFAI_PAT'] });
    expect(result.envVars).toEqual(['CLARIFAI_PAT']);
  });

  it('maps a hard-coded secret to its offsets in the file, BOM included, so the diff can mask it', () => {
    const secret = '0123456789abcdef0123456789abcdef';
    const text = `\uFEFF<p>x</p>\n<script>\nconst PAT = '${secret}';\n${CALL}\n</script>\n`;
    const result = migrateFile(text, 'page.html');
    const ranges = result.secretRanges.map(([s, e]) => text.slice(s, e));
    expect(ranges).toEqual([`'${secret}'`]);
    expect(result.output.startsWith('\uFEFF<p>x</p>\n<script>\n')).toBe(true);
  });
});
