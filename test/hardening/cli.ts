// Running the codemod CLI as a user would: a child process of `node packages/codemod/bin/clarifai-codemod.js`.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CODEMOD_BIN } from './engine.js';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

/** Environment for the child: no colours, no CI-specific behaviour from the parent. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

export function runCodemod(args: string[], cwd: string, timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CODEMOD_BIN, ...args], { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const expire = () => {
      // This thread may have been busy (a synchronous test ran meanwhile) and the child's 'close' not delivered
      // yet: a child that has already exited (a zombie, or gone) did not hang, whatever the clock says.
      if (child.pid === undefined || hasExited(child.pid)) {
        timer = setTimeout(expire, 200);
        return;
      }
      timedOut = true;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(expire, timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** Whether a child process has exited, from the kernel's view (Linux /proc): state Z, or no entry at all. */
function hasExited(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
  } catch {
    return true;
  }
}

/** Whether the CLI is there at all (`--help` prints its usage and exits 0). */
export function codemodCliReady(): boolean {
  const run = spawnSync(process.execPath, [CODEMOD_BIN, '--help'], { encoding: 'utf8', env: childEnv(), timeout: 30_000 });
  return run.status === 0 && /usage/i.test(run.stdout + run.stderr) && /--json/.test(run.stdout + run.stderr);
}

/**
 * The first check of every suite that runs the CLI: a CLI that is missing or broken fails it. (Its other tests are
 * then skipped, so that one failure says why instead of dozens of crashes.)
 */
export function itRequiresTheCli(ready: boolean): void {
  it('runs against a codemod CLI that prints its usage for --help', () => {
    expect(ready, '`clarifai-codemod --help` does not print its usage (with --json)').toBe(true);
  });
}

/** A Node/JS stack frame in output: the CLI crashed instead of reporting. */
export const STACK_FRAME = /^\s+at .+(?:\(|\s)(?:file:\/\/|\/|node:)[^)]*:\d+:\d+\)?$/m;

/** The JSON report of `--json` (the fields the hardening tests rely on). */
export interface JsonReport {
  files: {
    file: string;
    changed?: boolean;
    error?: string;
    leftForHuman?: boolean;
    findings: { ruleId: string; messageId: string; message: string; fix?: string; fixed?: boolean; line: number }[];
  }[];
  summary: Record<string, unknown>;
}
