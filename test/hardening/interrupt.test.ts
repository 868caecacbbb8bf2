// Interrupting the codemod (Ctrl-C) never leaves a half-migrated file: on a tree of a few hundred fixable files,
// SIGINT is sent to the CLI's process group at different moments (while it migrates, at its first write, in the
// middle of its writes); afterwards every file is byte-identical to its original or to its full migration, no
// temporary file is left beside them and no worker process survives.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, codemodCliReady, itRequiresTheCli, runCodemod, STACK_FRAME, type JsonReport } from './cli.js';
import { CODEMOD_BIN, migrate } from './engine.js';

const CLI_READY = codemodCliReady();
const FILES = Number(process.env.INTERRUPT_FILES ?? 300);
const temps: string[] = [];
const counts = { runs: 0, files: 0, original: 0, migrated: 0 };

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  console.log(
    `interrupted runs: ${counts.runs} over ${FILES} files each; files checked ${counts.files}: ${counts.original} left original, ${counts.migrated} fully migrated, 0 partial`,
  );
});

/** Self-contained files (no local imports, so the codemod's cross-file context cannot change them), each fixable. */
const TEMPLATES: ((i: number) => string)[] = [
  (i) => `const PAT = process.env.CLARIFAI_PAT;\n\nexport async function detect${i}(url) {\n  const res = await fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {\n    method: 'POST',\n    headers: { Authorization: 'Key ' + PAT },\n    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),\n  });\n  return res.json();\n}\n`,
  (i) => `import axios from 'axios';\n\nexport const tags${i} = (url) =>\n  axios.post('https://api.clarifai.com/v2/models/general-image-recognition/outputs', { inputs: [{ data: { image: { url } } }] }, {\n    headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY },\n  });\n`,
  (i) => `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\n\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);\n\nmodule.exports = function run${i}(url, cb) {\n  stub.PostModelOutputs({ model_id: 'food-item-recognition', inputs: [{ data: { image: { url } } }] }, metadata, cb);\n};\n`,
  (i) => `const Clarifai = require('clarifai');\n\nconst app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });\n\nmodule.exports = (url) => app.models.predict(Clarifai.FACE_DETECT_MODEL, url).then((r) => r.outputs[${i % 3}]);\n`,
  (i) => `import { Model } from 'clarifai-nodejs';\n\nconst model = new Model({\n  modelId: 'color-recognition',\n  authConfig: { pat: process.env.CLARIFAI_PAT, userId: 'me-${i}', appId: 'my-app' },\n});\n\nexport const colors = (url: string) => model.predictByUrl({ url, inputType: 'image' });\n`,
  (i) => `const CLARIFAI_PAT = 'f4ke${String(i).padStart(4, '0')}c0ffee9a8b7c6d5e4f3a2b1c';\n\nexport const call${i} = () =>\n  fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-detection/outputs', {\n    method: 'POST',\n    headers: { Authorization: \`Key \${CLARIFAI_PAT}\` },\n    body: JSON.stringify({ inputs: [] }),\n  });\n`,
];
const EXTENSIONS = ['.js', '.mjs', '.cjs', '.js', '.ts', '.mjs'];

interface Tree {
  root: string;
  files: { path: string; original: string; migrated: string }[];
}

function makeTree(count: number): Tree {
  const root = mkdtempSync(join(tmpdir(), 'clarifai-interrupt-'));
  temps.push(root);
  // A Node project: where no package.json says how code runs, only clearly-server files get env reads.
  writeFileSync(join(root, 'package.json'), '{ "name": "interrupt-tree", "private": true }\n');
  const files: Tree['files'] = [];
  for (let i = 0; i < count; i++) {
    const t = i % TEMPLATES.length;
    const dir = join(root, 'src', `part${i % 7}`);
    mkdirSync(dir, { recursive: true });
    const path = relative(root, join(dir, `file${i}${EXTENSIONS[t]}`));
    const original = TEMPLATES[t]!(i);
    writeFileSync(join(root, path), original);
    files.push({ path, original, migrated: migrate(original, path).text });
  }
  for (const f of files) expect(f.migrated, `${f.path} must be fixable`).not.toBe(f.original);
  return { root, files };
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p !== join(root, 'package.json')) out.push(relative(root, p)); // the tree's own, not a migrated file
    }
  };
  walk(root);
  return out.sort();
}

/**
 * Live (not zombie) processes of a process group. A worker that died with its parent stays a zombie until some
 * init reaps it, which containers often lack; that is not a survivor.
 */
function liveProcessesOf(pgid: number): string[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return []; // no /proc: not checked
  }
  const live: string[] = [];
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its closing parenthesis.
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

/**
 * Runs the CLI in its own process group (as a shell runs a foreground job) and sends SIGINT to the whole group,
 * as Ctrl-C does, when `trigger` fires. Resolves once the CLI has exited.
 */
type Trigger = 'delay' | 'first-write' | 'writes' | 'worker-running';

function interruptedRun(tree: Tree, trigger: Trigger, amount: number, tmp: string, how: { signal: NodeJS.Signals; group: boolean }) {
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string; sentAt: number; pgid: number; exitedMs: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [CODEMOD_BIN, '--cpus', '2', 'src'], {
      cwd: tree.root,
      env: childEnv({ TMPDIR: tmp }),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pgid = child.pid!;
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    const started = Date.now();
    let sentAt = -1;
    let events = 0;
    const watchers: FSWatcher[] = [];
    const interrupt = () => {
      if (sentAt >= 0) return;
      sentAt = Date.now() - started;
      for (const w of watchers) w.close();
      try {
        process.kill(how.group ? -pgid : pgid, how.signal);
      } catch {
        /* already gone */
      }
    };
    if (trigger === 'delay') setTimeout(interrupt, amount);
    else if (trigger === 'worker-running') {
      // As soon as a worker process of the pool runs (or after `amount` ms without one).
      const poll = setInterval(() => {
        if (sentAt >= 0 || Date.now() - started > amount || liveProcessesOf(pgid).some((p) => /codemod\/dist\/worker\.js/.test(p))) {
          clearInterval(poll);
          interrupt();
        }
      }, 20);
    } else {
      for (let d = 0; d < 7; d++) {
        watchers.push(
          watch(join(tree.root, 'src', `part${d}`), () => {
            events++;
            if (trigger === 'first-write' || events >= amount) interrupt();
          }),
        );
      }
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
      reject(new Error(`the CLI did not exit within 60 s of SIGINT (sent at ${sentAt} ms)`));
    }, 60_000);
    child.on('close', (status, signal) => {
      clearTimeout(killer);
      for (const w of watchers) w.close();
      resolve({ status, signal, stderr, sentAt, pgid, exitedMs: Date.now() - started });
    });
    child.on('error', reject);
  });
}

describe.skipIf(!CLI_READY)('interrupting the codemod', () => {
  const CTRL_C = { signal: 'SIGINT' as const, group: true };
  const scenarios: [string, Trigger, number, { signal: NodeJS.Signals; group: boolean }][] = [
    ['Ctrl-C comes while it starts (300 ms)', 'delay', 300, CTRL_C],
    ['Ctrl-C comes at its first write', 'first-write', 1, CTRL_C],
    ['Ctrl-C comes in the middle of its writes', 'writes', Math.floor(FILES / 3), CTRL_C],
    ['only the CLI gets SIGTERM while its workers migrate', 'worker-running', 10_000, { signal: 'SIGTERM', group: false }],
  ];

  for (const [name, trigger, amount, how] of scenarios) {
    it(`leaves every file original or fully migrated when ${name}`, async () => {
      const tree = makeTree(FILES);
      const tmp = mkdtempSync(join(tmpdir(), 'clarifai-interrupt-tmp-'));
      temps.push(tmp);
      const result = await interruptedRun(tree, trigger, amount, tmp, how);
      counts.runs++;
      let original = 0;
      let migrated = 0;
      const partial: string[] = [];
      for (const f of tree.files) {
        const now = readFileSync(join(tree.root, f.path), 'utf8');
        if (now === f.original) original++;
        else if (now === f.migrated) migrated++;
        else partial.push(f.path);
      }
      counts.files += tree.files.length;
      counts.original += original;
      counts.migrated += migrated;
      console.log(
        `${how.signal} (${name}): sent at ${result.sentAt} ms, exit ${result.status ?? result.signal} after ${result.exitedMs} ms; ` +
          `${original} original, ${migrated} migrated, ${partial.length} partial`,
      );
      // The exit code a shell reports: 128 + the signal's number (130 for Ctrl-C, 143 for SIGTERM). Once the run
      // has begun the CLI handles the signal and returns that code itself; only while Node is still starting can
      // the signal's default action end it (the shell then reports the same code, and nothing was written).
      const expectedCode = 128 + constants.signals[how.signal];
      if (trigger === 'delay' && result.signal !== null) {
        expect(result.signal).toBe(how.signal);
        expect(migrated, 'files migrated by a run stopped while starting').toBe(0);
      } else {
        expect({ status: result.status, signal: result.signal }).toEqual({ status: expectedCode, signal: null });
      }
      expect(partial, 'files that are neither original nor fully migrated').toEqual([]);
      // Nothing beside them: no temporary file of an atomic write survives the interruption.
      expect(listFiles(tree.root)).toEqual(tree.files.map((f) => f.path).sort());
      // No worker outlives the CLI, and the CLI's own temporary records do not pile up.
      await new Promise((r) => setTimeout(r, 1000));
      expect(liveProcessesOf(result.pgid), 'processes of the interrupted run still alive').toEqual([]);
      expect(readdirSync(tmp), 'temporary files left in TMPDIR').toEqual([]);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }, 120_000);
  }

  it('a normal run over the same kind of tree migrates every file', async () => {
    const tree = makeTree(FILES);
    const run = await runCodemod(['--json', 'src'], tree.root, 120_000);
    expect(run.status, run.stderr).toBe(0);
    const wrong = tree.files.filter((f) => readFileSync(join(tree.root, f.path), 'utf8') !== f.migrated).map((f) => f.path);
    expect(wrong).toEqual([]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.filter((f) => f.changed).length).toBe(FILES);
  }, 120_000);

  it('a normal run that changes two files reports both', async () => {
    const tree = makeTree(2);
    writeFileSync(join(tree.root, 'src/clean.js'), "// Calls Clarifai the right way already.\nfetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: '{}' });\n");
    writeFileSync(join(tree.root, 'src/other.js'), 'export const unrelated = 1;\n');
    const run = await runCodemod(['--json', 'src'], tree.root);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    const changed = report.files.filter((f) => f.changed).map((f) => f.file.replace(/\\/g, '/')).sort();
    expect(changed).toEqual(tree.files.map((f) => f.path).sort());
    for (const f of tree.files) {
      expect(readFileSync(join(tree.root, f.path), 'utf8')).toBe(f.migrated);
      expect(run.stderr, 'the human report names each changed file').toContain(f.path);
    }
    expect(report.summary.changed).toBe(2);
    expect(readFileSync(join(tree.root, 'src/other.js'), 'utf8')).toBe('export const unrelated = 1;\n');
    // The same run without --json prints the same two files in its human report.
    const again = makeTree(2);
    const human = await runCodemod(['src'], again.root);
    expect(human.status, human.stderr).toBe(0);
    for (const f of again.files) expect(human.stdout).toContain(f.path);
  }, 60_000);
});

itRequiresTheCli(CLI_READY);
