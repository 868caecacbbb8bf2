import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesMentioning, mentionsName } from '../src/tracked-files/index.js';

describe('filesMentioning: where the rest of a project still names an env var or holds a secret', () => {
  const root = mkdtempSync(join(tmpdir(), 'files-mentioning-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'dist'));
  mkdirSync(join(root, 'a-directory'));
  const write = (file: string, text: string) => writeFileSync(join(root, file), text);
  write('.env.example', 'CLARIFAI_API_KEY=\nPORT=3000\n');
  write('docker-compose.yml', 'environment:\n  - MY_CLARIFAI_API_KEY_OLD=1\n');
  write('README.md', 'Étape 1 — set `API_KEY` 🔑 (or CLARIFAI_API_KEY).\n');
  write('dist/bundle.js', 'var k="fake0000key0000value0000";');
  write('src.js', 'process.env.CLARIFAI_API_KEY');
  const files = ['.env.example', 'docker-compose.yml', 'README.md', 'dist/bundle.js', 'src.js', 'a-directory', 'gone.txt'].map((f) => join(root, f));

  it('finds whole names and exact values, each file read once, in the order of the searches', () => {
    const found = filesMentioning(root, files, [
      { needle: 'CLARIFAI_API_KEY', wholeName: true },
      { needle: 'API_KEY', wholeName: true },
      { needle: 'fake0000key0000value0000' },
    ]);
    expect(found).toEqual([['.env.example', 'README.md', 'src.js'], ['README.md'], ['dist/bundle.js']]);
  });

  it('searches the text a file is about to get instead of the disk', () => {
    const texts = new Map([[join(root, 'src.js'), 'process.env.CLARIFAI_PAT']]);
    expect(filesMentioning(root, files, [{ needle: 'CLARIFAI_API_KEY', wholeName: true }], texts)).toEqual([['.env.example', 'README.md']]);
  });

  it('matches a name only as a whole word, in text as in bytes', () => {
    expect(mentionsName('MY_CLARIFAI_API_KEY_OLD=1', 'CLARIFAI_API_KEY')).toBe(false);
    expect(mentionsName('é CLARIFAI_API_KEY=1', 'CLARIFAI_API_KEY')).toBe(true);
    expect(mentionsName('CLARIFAI_API_KEYS CLARIFAI_API_KEY', 'CLARIFAI_API_KEY')).toBe(true);
    expect(mentionsName('xCLARIFAI_API_KEY', 'CLARIFAI_API_KEY')).toBe(false);
  });
});
