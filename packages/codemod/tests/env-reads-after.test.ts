// Which env names the project's code still reads after a run: a name another file still reads is not "no longer read".
import { join } from 'node:path';
import { envReadsAfterRun } from '../src/report/env-reads-after.js';
import { git, removeTempTrees, runCli, tempTree } from './helpers.js';

afterAll(removeTempTrees);

describe('envReadsAfterRun', () => {
  const dir = tempTree({
    'src/reads.ts': "const key: string | undefined = process.env.CLARIFAI_KEY; // and CLARIFAI_OLD in a comment\nexport default key ?? 'CLARIFAI_STRING';\n",
    'src/broken.js': 'const key = process.env.CLARIFAI_KEY\nif (\n',
    'README.md': 'Set `process.env.CLARIFAI_KEY`.\n',
    'src/bom.mjs': '\uFEFFexport const key = import.meta.env.VITE_CLARIFAI_KEY;\n',
  });

  it('reads code only: not comments, strings, Markdown, or a file that does not parse', () => {
    expect(envReadsAfterRun(join(dir, 'src/reads.ts'))).toEqual(['CLARIFAI_KEY']);
    expect(envReadsAfterRun(join(dir, 'src/bom.mjs'))).toEqual(['VITE_CLARIFAI_KEY']);
    expect(envReadsAfterRun(join(dir, 'src/broken.js'))).toEqual([]);
    expect(envReadsAfterRun(join(dir, 'README.md'))).toEqual([]);
  });

});

describe('a name the migration stops reading in one file', () => {
  it('is not reported as no longer read while a file the run leaves as it is still reads it', () => {
    const call = (owner: string) =>
      `const PAT = process.env.CLARIFAI_PAT;\nconst USER_ID = process.env.CLARIFAI_USER_ID;\nexport const tag = (url) => fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { method: 'POST', headers: { Authorization: 'Key ' + PAT }, body: JSON.stringify({ user_app_id: { user_id: ${owner}, app_id: 'my-app' }, inputs: [{ data: { image: { url } } }] }) });\n`;
    const dir = tempTree({
      'package.json': '{ "name": "tags", "type": "module" }\n',
      'src/tags.js': call('USER_ID'),
      'src/uploads.js': "export const uploader = process.env.CLARIFAI_USER_ID;\n",
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    const { stdout, status } = runCli(['--dry'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('src/tags.js');
    expect(stdout).not.toContain('no longer reads');
    const alone = tempTree({ 'package.json': '{ "name": "tags", "type": "module" }\n', 'src/tags.js': call('USER_ID') });
    git(alone, 'init', '-q');
    git(alone, 'add', '-A');
    expect(runCli(['--dry'], alone).stdout).toContain('  1. The code no longer reads CLARIFAI_USER_ID. Update start-up checks');
  });

  it('is not reported as no longer read while a file the run migrates reads it afterwards (a key moved out of source)', () => {
    const call = (model: string, key: string) =>
      `fetch('https://api.clarifai.com/v2/models/${model}/outputs', { method: 'POST', headers: { Authorization: 'Key ' + ${key} }, body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }) });\n`;
    const files = {
      'package.json': '{ "name": "shoes", "type": "module" }\n',
      'src/faces.js': `export const faces = (url) => ${call('face-detection', 'process.env.CLARIFAI_API_KEY')}`,
    };
    const own = `const CLARIFAI_API_KEY = 'fake0000key0000value0000fake0000';\nexport const shoes = (url) => ${call('my-shoe-classifier', 'CLARIFAI_API_KEY')}`;
    const run = (tree: Record<string, string>) => {
      const dir = tempTree(tree);
      git(dir, 'init', '-q');
      git(dir, 'add', '-A');
      return runCli(['--dry'], dir).stdout;
    };
    expect(run({ ...files, 'src/shoes.js': own })).not.toContain('no longer reads CLARIFAI_API_KEY');
    expect(run(files)).toContain('The code no longer reads CLARIFAI_API_KEY (it reads CLARIFAI_PAT instead)');
  });
});
