import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { legacyClientVersion } from '../src/index.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'versions-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const pkg = (range: string) => JSON.stringify({ dependencies: { clarifai: range } });

describe('the legacy clarifai client version a project pins', () => {
  it('reads the installed package first, then npm (v1 to v3, and the shrinkwrap), pnpm and yarn lockfiles, then an exact package.json version', () => {
    expect(legacyClientVersion(project({ 'package.json': pkg('^2.1.0'), 'node_modules/clarifai/package.json': '{"version":"2.1.4"}' }))).toBe('2.1.4');
    const npm = JSON.stringify({ packages: { 'node_modules/clarifai': { version: '2.2.0' } } });
    expect(legacyClientVersion(project({ 'package.json': pkg('^2.2.0'), 'package-lock.json': npm }))).toBe('2.2.0');
    const npmV1 = JSON.stringify({ lockfileVersion: 1, dependencies: { clarifai: { version: '2.2.0' }, express: { version: '4.14.0' } } });
    expect(legacyClientVersion(project({ 'package.json': pkg('^2.2.0'), 'package-lock.json': npmV1 }))).toBe('2.2.0');
    expect(legacyClientVersion(project({ 'package.json': pkg('^2.3.0'), 'npm-shrinkwrap.json': npmV1.replace('2.2.0', '2.3.1') }))).toBe('2.3.1');
    expect(legacyClientVersion(project({ 'package.json': pkg('^2.2.0'), 'pnpm-lock.yaml': 'packages:\n\n  clarifai@2.2.1:\n    resolution: {}\n' }))).toBe('2.2.1');
    expect(legacyClientVersion(project({ 'package.json': pkg('^2.1.0'), 'yarn.lock': 'clarifai@^2.1.0:\n  version "2.1.9"\n' }))).toBe('2.1.9');
    expect(legacyClientVersion(project({ 'package.json': pkg('2.2.0') }))).toBe('2.2.0');
  });

  it('says nothing for a range with no lockfile, and looks up from a nested source directory', () => {
    expect(legacyClientVersion(project({ 'package.json': pkg('^2.2.0') }))).toBeUndefined();
    const dir = project({ 'package.json': pkg('~2.2.0'), 'src/deep/a.js': '' });
    expect(legacyClientVersion(join(dir, 'src', 'deep'))).toBe('2.2.0');
  });
});
