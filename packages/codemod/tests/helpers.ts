import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const BIN = join(import.meta.dirname, '..', 'bin', 'clarifai-codemod.js');
export const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'smart-brain');
export const FIXTURES = join(import.meta.dirname, '__testfixtures__');
/** Obviously fake, but shaped like a token (letters and digits) so the engine treats it as a secret. */
export const FAKE_PAT = 'f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3';

const made: string[] = [];

/** A temporary directory with these files (path → text), removed after the test file. */
export function tempTree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'codemod-cli-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export function exampleCopy(): string {
  const dir = tempTree();
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function removeTempTrees(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real command, in a child process, as a user runs it; killed (status `null`) if it hangs for `timeout` ms. */
export function runCli(args: string[], cwd: string, { timeout = 60_000, env = {} }: { timeout?: number; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file's bytes and mode under `dir` (skipping .git), to prove that a run changed nothing. */
export function snapshot(dir: string): Map<string, { bytes: Buffer; mode: number }> {
  const files = new Map<string, { bytes: Buffer; mode: number }>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path);
      } else {
        files.set(relative(dir, path), { bytes: readFileSync(path), mode: statSync(path).mode });
      }
    }
  };
  walk(dir);
  return files;
}

export function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', ...args], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
