import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { removeTempTrees, runCli, tempTree } from './helpers.js';

afterAll(removeTempTrees);

const CALL = "fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { headers: { Authorization: 'Key ' + PAT } });";
const FIXED = "fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', { headers: { Authorization: 'Key ' + PAT } });";
const FILES = {
  'src/App.vue': `<template><p>hi</p></template>\n<script setup>\nconst PAT = import.meta.env.VITE_CLARIFAI_PAT;\n${CALL}\n</script>\n`,
  'public/index.html': `<!doctype html>\n<script>\nconst PAT = 'YOUR_PAT_HERE';\n${CALL}\n</script>\n`,
  'README.md': `# x\n\n\`\`\`js\nconst PAT = process.env.CLARIFAI_PAT;\n${CALL}\n\`\`\`\n\n\`\`\`js\n${CALL}\n// ...\n}\n\`\`\`\n`,
};
const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('components, pages and Markdown on the command line', () => {
  it('--help names the default extensions and the Markdown flag', () => {
    const help = runCli(['--help'], tempTree()).stdout;
    expect(help).toContain('(default: js,jsx,ts,tsx,mjs,cjs,mts,cts,vue,svelte,astro,html,htm)');
    expect(help).toContain('--markdown-code-blocks    Also migrate the js/jsx/ts/tsx code blocks of Markdown and MDX files (adds md,mdx)');
  });

  it('scans components and pages by default, Markdown only with --markdown-code-blocks', () => {
    const dir = tempTree(FILES);
    const plain = json(runCli(['--dry', '--json', '.'], dir).stdout);
    expect(plain.files.map((f) => [f.file, f.wouldChange])).toEqual([
      ['public/index.html', true],
      ['src/App.vue', true],
    ]);
    // Each report says where its code runs (where its variables would be set): a page, a component's browser code.
    expect(plain.files.map((f) => f.runtime?.target)).toEqual(['browser', 'browser']);
    const withMarkdown = json(runCli(['--dry', '--json', '--markdown-code-blocks', '.'], dir).stdout);
    expect(withMarkdown.files.map((f) => f.file)).toEqual(['README.md', 'public/index.html', 'src/App.vue']);
    expect(json(runCli(['--dry', '--json', '--extensions', 'md', '.'], dir).stdout).files.map((f) => f.file)).toEqual(['README.md']);
  });

  it('rewrites only the script code, names a fragment as skipped (not failed), and a second run changes nothing', () => {
    const dir = tempTree(FILES);
    const run = runCli(['--force', '--markdown-code-blocks', '.'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'src/App.vue'), 'utf8')).toBe(FILES['src/App.vue'].replace(CALL, FIXED));
    expect(readFileSync(join(dir, 'public/index.html'), 'utf8')).toBe(FILES['public/index.html'].replace(CALL, FIXED));
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(FILES['README.md'].replace(CALL, FIXED));
    expect(run.stdout).toContain(
      'README.md\n  9:1     skipped            ```js block does not parse as a whole program: Declaration or statement expected. (11:1); left unchanged\n' +
        '  5:1     fixed              require-user-app-id',
    );
    expect(run.stdout).toMatch(/Failed +0\n/);
    expect(run.stdout).toContain('Check by hand the code blocks marked "skipped" (not whole programs) in: README.md.');
    const again = json(runCli(['--check', '--json', '--markdown-code-blocks', '--sarif', 'out.sarif', '.'], dir).stdout);
    expect(again.summary.wouldChange).toBe(0);
    expect(again.files.map((f) => [f.file, f.skippedBlocks?.length])).toEqual([
      ['README.md', 1],
      ['public/index.html', undefined],
      ['src/App.vue', undefined],
    ]);
    // The page and the component are browser code that sends a PAT: warned of, never blocked.
    expect(again.files.slice(1).map((f) => f.findings.map((x) => x.ruleId))).toEqual([['no-pat-in-browser'], ['no-pat-in-browser']]);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'note',
        message: { text: 'README.md:9:1: ```js block skipped: does not parse as a whole program: Declaration or statement expected. (11:1)' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'README.md', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
  });

  it('reports a component that does not parse as failed, and leaves it as it is', () => {
    const broken = `<script>\n${CALL}\n</script>\n{#if}\n`;
    const dir = tempTree({ 'Broken.svelte': broken });
    const run = runCli(['--force', '--json', '.'], dir);
    expect(run.status).toBe(1);
    const [file] = json(run.stdout).files;
    expect(file?.error).toMatch(/^failed to parse: Broken\.svelte: not a valid svelte file: /);
    expect(readFileSync(join(dir, 'Broken.svelte'), 'utf8')).toBe(broken);
  });
});
