import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModuleHost } from '../src/index.js';

let dir: string;
const write = (files: Record<string, string>) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'project-modules-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createModuleHost: resolve', () => {
  it('finds directory index files, extensionless files and `.ts` sources written as `.js`', () => {
    write({ 'config/index.js': '', 'lib/vision.js': '', 'src/keys.ts': '', 'src/use.ts': '' });
    const host = createModuleHost();
    const importer = join(dir, 'src/use.ts');
    expect(host.resolve('../config', importer)).toBe(join(dir, 'config/index.js'));
    expect(host.resolve('../lib/vision', importer)).toBe(join(dir, 'lib/vision.js'));
    expect(host.resolve('./keys.js', importer)).toBe(join(dir, 'src/keys.ts'));
    expect(host.resolve('./missing', importer)).toBeUndefined();
  });

  it('follows tsconfig `paths` and `baseUrl` (through `extends`), and never resolves into packages', () => {
    write({
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
      'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json' }),
      'src/config/clarifai.ts': '',
      'src/routes/tags.ts': '',
      'node_modules/clarifai/package.json': JSON.stringify({ name: 'clarifai', main: 'index.js' }),
      'node_modules/clarifai/index.js': '',
    });
    const host = createModuleHost();
    const importer = join(dir, 'src/routes/tags.ts');
    expect(host.resolve('@/config/clarifai', importer)).toBe(join(dir, 'src/config/clarifai.ts'));
    expect(host.resolve('src/config/clarifai', importer)).toBe(join(dir, 'src/config/clarifai.ts'));
    expect(host.resolve('clarifai', importer)).toBeUndefined();
  });

  it("does not follow a workspace package's link into its sources, nor reach declarations", () => {
    write({
      'packages/shared/package.json': JSON.stringify({ name: '@acme/shared', main: 'src/index.ts' }),
      'packages/shared/src/index.ts': '',
      'app/types.d.ts': '',
      'app/use.ts': '',
    });
    mkdirSync(join(dir, 'app/node_modules/@acme'), { recursive: true });
    symlinkSync(join(dir, 'packages/shared'), join(dir, 'app/node_modules/@acme/shared'), 'dir');
    const host = createModuleHost();
    const importer = join(dir, 'app/use.ts');
    expect(host.resolve('../packages/shared/src/index.js', importer)).toBe(join(dir, 'packages/shared/src/index.ts'));
    expect(host.resolve('@acme/shared', importer)).toBeUndefined();
    expect(host.resolve('./types', importer)).toBeUndefined();
  });

  it('uses a tsconfig given in the options for every file', () => {
    write({ 'configs/ts.json': JSON.stringify({ compilerOptions: { baseUrl: '../app', paths: { '~/*': ['*'] } } }), 'app/keys.ts': '', 'use.ts': '' });
    const host = createModuleHost({ tsconfig: join(dir, 'configs/ts.json') });
    expect(host.resolve('~/keys', join(dir, 'use.ts'))).toBe(join(dir, 'app/keys.ts'));
  });
});

describe('createModuleHost: load', () => {
  it('gives the text with a version that changes when the file does, and nothing for a missing file or a folder', () => {
    write({ 'keys.js': 'exports.A = 1;\n' });
    const host = createModuleHost();
    const path = join(dir, 'keys.js');
    const first = host.load(path)!;
    expect(first.text).toBe('exports.A = 1;\n');
    expect(host.load(path)).toBe(first);
    writeFileSync(path, 'exports.A = 22;\n');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const second = host.load(path)!;
    expect(second.text).toBe('exports.A = 22;\n');
    expect(second.version).not.toBe(first.version);
    expect(host.load(join(dir, 'missing.js'))).toBeUndefined();
    expect(host.load(dir)).toBeUndefined();
  });
});
