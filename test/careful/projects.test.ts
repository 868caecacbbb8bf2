// The careful-change fixture projects (fixtures/careful/<case>/): the codemod migrates a whole committed project in
// place; the tree must then equal expected/ file for file, and the report (its time masked) expected-report.txt.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../fixtures/careful', import.meta.url));
const BIN = fileURLToPath(new URL('../../packages/codemod/bin/clarifai-codemod.js', import.meta.url));

function tree(dir: string, at = dir): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory() && entry.name !== '.git') for (const [k, v] of tree(dir, path)) files.set(k, v);
    else if (entry.isFile()) files.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return files;
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0 && command === 'git') throw new Error(result.stderr);
  return result;
}

const cases = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe.each(cases)('careful project %s', (name) => {
  const dir = mkdtempSync(join(tmpdir(), `careful-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    cpSync(join(ROOT, name, 'input'), dir, { recursive: true });
    const git = ['-c', 'user.email=test@example.com', '-c', 'user.name=Test'];
    run('git', ['init', '-q'], dir);
    run('git', [...git, 'add', '-A'], dir);
    run('git', [...git, 'commit', '-qm', 'input'], dir);
    result = run(process.execPath, [BIN, '.'], dir);
  });

  it('exits 0 and leaves exactly the expected tree', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(Object.fromEntries(tree(dir))).toEqual(Object.fromEntries(tree(join(ROOT, name, 'expected'))));
  });

  it('reports every site and what to do now, as a deployment checklist, without printing a secret', () => {
    const report = result.stdout.replace(/^( {2}Time +)[\d.]+ s$/m, '$1x s');
    expect(report).toBe(readFileSync(join(ROOT, name, 'expected-report.txt'), 'utf8'));
    for (const [, text] of tree(join(ROOT, name, 'input'))) {
      for (const secret of text.match(/fake[0-9a-f]{28}/g) ?? []) expect(result.stdout + result.stderr).not.toContain(secret);
    }
  });
});
