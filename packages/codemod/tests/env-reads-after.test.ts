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
    expect(envReadsAfterRun(join(dir, 'src/reads.ts'), new Map())).toEqual(['CLARIFAI_KEY']);
    expect(envReadsAfterRun(join(dir, 'src/bom.mjs'), new Map())).toEqual(['VITE_CLARIFAI_KEY']);
    expect(envReadsAfterRun(join(dir, 'src/broken.js'), new Map())).toEqual([]);
    expect(envReadsAfterRun(join(dir, 'README.md'), new Map())).toEqual([]);
  });

  it("reads a file's text as the run leaves it", () => {
    const path = join(dir, 'src/reads.ts');
    expect(envReadsAfterRun(path, new Map([[path, 'export default process.env.CLARIFAI_PAT;\n']]))).toEqual(['CLARIFAI_PAT']);
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
});
