// Stopping the real CLI with a signal (Ctrl-C, SIGTERM, a closed terminal) at each stage of a run: it stops at the
// next file boundary, kills its workers, leaves every file as it was or fully migrated, writes nothing to TMPDIR,
// says how far it got, and exits with 128 + the signal number.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BIN, fixture, git, removeTempTrees, tempTree } from './helpers.js';

const hasProc = existsSync('/proc/self/stat');
const temps: string[] = [];

afterAll(() => {
  removeTempTrees();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const INPUT = fixture('grpc-api-key.input.ts');
const OUTPUT = fixture('grpc-api-key.output.ts');

/** `count` fixable files spread over a few directories; returns the tree and the files' relative paths. */
function fixableTree(count: number): { dir: string; files: string[] } {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`src/part${i % 4}/colors${i}.ts`] = INPUT;
  return { dir: tempTree(files), files: Object.keys(files).sort() };
}

function emptyTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codemod-tmpdir-'));
  temps.push(dir);
  return dir;
}

/** Each file as it was (`original`), fully migrated (`migrated`), or anything else (`partial`). */
function states(dir: string, files: string[]): { original: number; migrated: number; partial: string[] } {
  const result = { original: 0, migrated: 0, partial: [] as string[] };
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (text === INPUT) result.original++;
    else if (text === OUTPUT) result.migrated++;
    else result.partial.push(file);
  }
  return result;
}

function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(join(at, entry.name));
      else out.push(relative(dir, join(at, entry.name)));
    }
  };
  walk(dir);
  return out.sort();
}

/** Live (not zombie) processes of a process group, from /proc. */
function liveInGroup(pgid: number): string[] {
  const live: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') {
        live.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()}`);
      }
    } catch {
      /* gone meanwhile */
    }
  }
  return live;
}

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Processes of the run's group still alive right after the CLI exited. */
  survivors: string[];
}

/**
 * The CLI in its own process group (as a shell runs a job); `during` is called with the group id while it runs,
 * every 10 ms until it returns true.
 */
function runInGroup(args: string[], cwd: string, env: NodeJS.ProcessEnv, during: (pgid: number) => boolean = () => true): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pgid = child.pid!;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const poll = setInterval(() => {
      if (during(pgid)) clearInterval(poll);
    }, 10);
    const killer = setTimeout(() => {
      process.kill(-pgid, 'SIGKILL');
      reject(new Error('the CLI did not exit within 60 s'));
    }, 60_000);
    child.on('close', (status, signal) => {
      clearInterval(poll);
      clearTimeout(killer);
      resolve({ status, signal, stdout, stderr, survivors: hasProc ? liveInGroup(pgid) : [] });
    });
  });
}

describe.skipIf(process.platform === 'win32')('stopping the CLI with a signal', () => {
  it.skipIf(!hasProc).each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s to the CLI alone while its workers migrate: workers killed, nothing changed, exit %i', async (signal, code) => {
    const { dir, files } = fixableTree(320);
    const tmp = emptyTmp();
    let sent = false;
    const run = await runInGroup(['--cpus', '2', '.'], dir, { TMPDIR: tmp }, (pgid) => {
      // Once a worker runs, only the CLI gets the signal: it has to stop its workers itself.
      if (!liveInGroup(pgid).some((p) => p.includes('codemod/dist/worker.js'))) return false;
      process.kill(pgid, signal);
      sent = true;
      return true;
    });
    expect(sent).toBe(true);
    expect(run).toMatchObject({ status: code, signal: null, stdout: '', stderr: `clarifai-codemod: interrupted by ${signal}; no file was changed.\n` });
    expect(run.survivors).toEqual([]);
    expect(states(dir, files)).toEqual({ original: files.length, migrated: 0, partial: [] });
    expect(readdirSync(tmp)).toEqual([]);
  }, 90_000);

  it('Ctrl-C just before the writes (during the git check): nothing changed, exit 130', async () => {
    const { dir, files } = fixableTree(5);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'initial');
    // A `git` that delivers Ctrl-C to the CLI (its parent) the first time it runs, then does its job.
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const bin = tempTree();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\n[ -e "${bin}/sent" ] || { : > "${bin}/sent"; kill -INT "$PPID"; }\nexec "${realGit}" "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const tmp = emptyTmp();
    const run = await runInGroup(['.'], dir, { TMPDIR: tmp, PATH: `${bin}:${process.env.PATH}` });
    expect(existsSync(join(bin, 'sent'))).toBe(true);
    expect(run).toMatchObject({ status: 130, signal: null, stdout: '', stderr: 'clarifai-codemod: interrupted by SIGINT; no file was changed.\n' });
    expect(states(dir, files)).toEqual({ original: files.length, migrated: 0, partial: [] });
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);

  it('Ctrl-C during the writes: stops after the current write, says how many files changed, exit 130; a second run finishes', async () => {
    const { dir, files } = fixableTree(150);
    const tmp = emptyTmp();
    const watchers: FSWatcher[] = [];
    let sentTo: number | undefined;
    const run = await runInGroup(['--cpus', '1', 'src'], dir, { TMPDIR: tmp }, (pgid) => {
      if (watchers.length === 0) {
        // Ctrl-C (SIGINT to the whole group) at the first write.
        for (let d = 0; d < 4; d++) {
          watchers.push(
            watch(join(dir, 'src', `part${d}`), () => {
              if (sentTo !== undefined) return;
              sentTo = pgid;
              process.kill(-pgid, 'SIGINT');
              for (const w of watchers) w.close();
            }),
          );
        }
      }
      return true;
    });
    for (const w of watchers) w.close();
    expect(sentTo).toBeDefined();
    const { original, migrated, partial } = states(dir, files);
    expect(partial).toEqual([]);
    expect(migrated).toBeGreaterThan(0);
    expect(original, 'Ctrl-C at the first write stops the writes').toBeGreaterThan(0);
    expect(run).toMatchObject({ status: 130, signal: null, stdout: '' });
    expect(run.stderr).toBe(
      `clarifai-codemod: interrupted by SIGINT after changing ${migrated} of ${files.length} files; each file is either as it was ` +
        'or fully migrated. Run it again to finish.\n',
    );
    // No temporary file of an atomic write is left beside the files, nor anything in TMPDIR.
    expect(allFiles(dir)).toEqual(files);
    expect(readdirSync(tmp)).toEqual([]);

    const again = await runInGroup(['--json', 'src'], dir, { TMPDIR: tmp });
    expect(again.status).toBe(0);
    expect(states(dir, files)).toEqual({ original: 0, migrated: files.length, partial: [] });
    expect(JSON.parse(again.stdout).summary.changed).toBe(original);
  }, 90_000);

  it('a full run with workers never puts anything in TMPDIR', async () => {
    const { dir, files } = fixableTree(320);
    const tmp = emptyTmp();
    const seen = new Set<string>();
    const run = await runInGroup(['--cpus', '2', '--json', '.'], dir, { TMPDIR: tmp }, () => {
      for (const name of readdirSync(tmp)) seen.add(name);
      return false;
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ candidates: files.length, changed: files.length });
    expect(states(dir, files)).toEqual({ original: 0, migrated: files.length, partial: [] });
    expect([...seen]).toEqual([]);
    expect(run.survivors).toEqual([]);
  }, 90_000);
});
