import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectOf } from '../src/tracked-files/index.js';

describe('projectOf: the project a run over some paths follows its changes through', () => {
  const repo = mkdtempSync(join(tmpdir(), 'project-of-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  for (const dir of ['src', 'examples/app/src', 'docs']) mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(repo, 'package.json'), '{}');
  writeFileSync(join(repo, 'examples/app/package.json'), '{}');
  writeFileSync(join(repo, 'examples/app/src/a.js'), '');

  it('is the package of the named directory: the repository root for its own sources', () => {
    expect(projectOf([join(repo, 'src')])).toBe(repo);
  });

  it('stays inside a package of a monorepo when only that package is named', () => {
    expect(projectOf([join(repo, 'examples/app')])).toBe(join(repo, 'examples/app'));
    expect(projectOf([join(repo, 'examples/app/src/a.js')])).toBe(join(repo, 'examples/app'));
  });

  it('is the package above the common directory of several paths, and never above the repository', () => {
    expect(projectOf([join(repo, 'examples/app/src'), join(repo, 'docs')])).toBe(repo);
    rmSync(join(repo, 'package.json'));
    expect(projectOf([join(repo, 'docs')])).toBe(repo);
  });
});
