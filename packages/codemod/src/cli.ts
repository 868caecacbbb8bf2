import { readFileSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { RULE_META, type FixSafety } from '@clarifai-auth/engine';
import { applyChange } from './apply-change.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { OptionsError, projectOptionsFor, projectOptionsFrom } from '@clarifai-auth/project';
import { linksOutsideWorkTree, symlinkRefusal } from './files/symlinks.js';
import { describeError } from './describe-error.js';
import { notRegular, notRegularReason } from './files/read.js';
import { scanFiles, type ScanTarget } from './files/scan.js';
import { walkFiles } from './files/walk.js';
import { checkGitStatus } from './git.js';
import { processCandidates } from './process-candidates.js';
import { Progress } from './progress.js';
import { failedRecord, type FileRecord } from './records.js';
import { renderDiff } from './report/diff.js';
import { inDryRunWords } from './report/dry-run.js';
import { followThrough } from './report/elsewhere.js';
import { summarize, type FileReport, type Report } from './report/model.js';
import { renderMarkdown } from './report/markdown.js';
import { toSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { fixSharedClients } from './shared-clients.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The command line: `clarifai-codemod [options] [paths...]`. Returns the exit code and never calls
 * `process.exit`: 0 done or nothing to do, 1 `--check` found work or a file failed, 2 usage error, refusal or
 * internal error, 128 + the signal's number when SIGINT, SIGTERM or SIGHUP stopped the run (130 for Ctrl-C).
 */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`clarifai-codemod: ${error.message}\nRun 'clarifai-codemod --help' to see the options.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // Ctrl-C (SIGINT), SIGTERM or a closed terminal (SIGHUP) stop the run at the next safe point: between two files,
  // never inside a write. A second signal is raised again without this handler, and so gets its default action.
  // (Our listener must stay while the first one is handled: signal-exit, which write-file-atomic installs during a
  // write, kills the process at once when it finds itself the only listener.)
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stop.signal.aborted) {
      stop.abort(new Interrupted(signal));
      return;
    }
    for (const s of STOP_SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  const state: RunState = { toWrite: 0, written: 0 };
  try {
    return await run(options, process.cwd(), stop.signal, state);
  } catch (error) {
    if (error instanceof Interrupted) {
      process.stderr.write(`clarifai-codemod: ${interruption(error.signal, state)}\n`);
      return 128 + (constants.signals[error.signal] ?? 0);
    }
    if (error instanceof UsageError) {
      process.stderr.write(`clarifai-codemod: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`clarifai-codemod: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  } finally {
    for (const s of STOP_SIGNALS) process.removeListener(s, onSignal);
  }
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The reason a run was aborted with: the signal that stopped it. */
class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

/** How far the writes got, for the message of an interrupted run. */
interface RunState {
  toWrite: number;
  written: number;
}

function interruption(signal: NodeJS.Signals, { toWrite, written }: RunState): string {
  if (written === 0) return `interrupted by ${signal}; no file was changed.`;
  if (written === toWrite) return `interrupted by ${signal} after changing all ${written} files it had to change.`;
  return (
    `interrupted by ${signal} after changing ${written} of ${toWrite} files; each file is either as it was or fully ` +
    'migrated. Run it again to finish.'
  );
}

async function run(options: CliOptions, cwd: string, signal: AbortSignal, state: RunState): Promise<number> {
  const started = performance.now();
  const roots = await existingRoots(options.paths, cwd);
  checkProjectOptions(roots);
  if (!options.dry && !options.force) {
    const outside = await linksOutsideWorkTree(options.paths, cwd);
    if (outside.length > 0) {
      process.stderr.write(symlinkRefusal(outside));
      return 2;
    }
  }
  const progress = new Progress();
  try {
    const scan = await scanFiles(
      discover(roots, options, cwd),
      (scanned, candidates) => progress.update(`Scanning: ${scanned} files, ${candidates} mention Clarifai`),
      signal,
    );

    progress.update(`Migrating ${scan.candidates.length} files`);
    const { records: migrated } = await processCandidates(scan.candidates, {
      flags: { 'safe-only': options.safeOnly, ...(options.only ? { only: options.only.join(',') } : {}) },
      cpus: options.cpus,
      onProgress: (done) => progress.update(`Migrating: ${done} of ${scan.candidates.length} files`),
      signal,
    });
    const allowed: FixSafety[] = options.safeOnly ? ['safe'] : ['safe', 'needs-review'];
    const projectFiles = () => [...discover(roots, options, cwd)].filter((t) => !t.skipped).map((t) => t.path);
    const records = fixSharedClients(recordsFor(scan.candidates, migrated), projectFiles, allowed);
    progress.clear();

    if (!options.dry && !options.force) {
      const refusal = await gitRefusal(records.filter((r) => r.changed && !r.error).map((r) => r.path), cwd);
      signal.throwIfAborted();
      if (refusal) {
        process.stderr.write(refusal);
        return 2;
      }
    }

    const color = wantsColor(options.json ? process.stderr : process.stdout);
    const files: FileReport[] = [
      ...scan.unreadable.map(({ path, message }) => {
        const file = display(path, cwd);
        return { ...emptyReport(file), error: `${file}: unreadable (${message}); left unchanged` };
      }),
      // Files found in a directory are named with the reason; a file named on the command line also failed.
      ...scan.skipped.map(({ path, reason, named }) => {
        const file = display(path, cwd);
        return { ...emptyReport(file), skipped: reason, ...(named ? { error: `${file}: ${reason}; not read, left unchanged` } : {}) };
      }),
    ];
    // Read before any write: the migrated files' old text holds the secrets they drop (their records, the env names).
    const elsewhere = await followThrough(records, cwd, options.paths.map((path) => resolve(cwd, path)), !options.dry);
    if (!options.dry) state.toWrite = records.filter((r) => r.changed && !r.error).length;
    for (const record of records) {
      // Between two files, never inside a write: every file stays either as it was or fully migrated.
      signal.throwIfAborted();
      const report = await finishFile(record, options, cwd, color);
      const alsoIn = elsewhere.secretAlsoIn.get(record.path);
      if (alsoIn && report.changed) report.secretAlsoIn = alsoIn;
      if (report.changed && !options.dry) state.written++;
      if (report.diff && !options.json) process.stdout.write(report.diff);
      files.push(report);
    }
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

    const summary = summarize(files, {
      dryRun: options.dry,
      filesScanned: scan.scanned,
      candidates: scan.candidates.length,
      skippedTooLarge: scan.skipped.filter((s) => s.tooLarge).length,
      seconds: (performance.now() - started) / 1000,
    }, elsewhere.droppedEnvNames);
    await emit(
      { files: files.filter((f) => f.findings.length > 0 || f.changed || f.error || f.hardcodedSecret || f.skipped || f.skippedBlocks), summary },
      options,
      cwd,
      color,
    );
    // Stopped after the last write: the work is done and reported, but the run was still interrupted.
    signal.throwIfAborted();
    if (summary.failed > 0) return 1;
    return options.check && (summary.changed > 0 || summary.leftForHuman > 0) ? 1 : 0;
  } finally {
    progress.clear();
  }
}

/**
 * The report: JSON alone on stdout with `--json` (the human summary then goes to stderr), SARIF and the
 * pull-request Markdown to their files.
 */
async function emit(report: Report, options: CliOptions, cwd: string, color: boolean): Promise<void> {
  if (options.sarif) await writeReport('SARIF', resolve(cwd, options.sarif), `${JSON.stringify(toSarif(report, VERSION, cwd), null, 2)}\n`);
  if (options.markdown) await writeReport('Markdown', resolve(cwd, options.markdown), renderMarkdown(report, VERSION));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(options.dry ? inDryRunWords(report) : report, null, 2)}\n`);
    process.stderr.write(renderText(report, color));
  } else {
    process.stdout.write(renderText(report, color));
  }
}

async function writeReport(kind: string, path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    throw new UsageError(`cannot write the ${kind} report to ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** A config file with a typo or a wrong type is a usage error naming the key, before anything is read or written. */
function checkProjectOptions(roots: readonly Root[]): void {
  for (const root of roots) {
    try {
      if (root.isDirectory) projectOptionsFrom(root.path);
      else projectOptionsFor(root.path);
    } catch (error) {
      if (error instanceof OptionsError) throw new UsageError(error.message);
      throw error;
    }
  }
}

interface Root {
  path: string;
  isDirectory: boolean;
  /** What a root that is neither a regular file nor a directory is ("a FIFO"): it is reported, never opened. */
  notRegular?: string;
}

/** Messages for paths on the command line that cannot be looked at, by error code. */
const PATH_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory (a part of the path is not a directory)',
  ELOOP: 'symbolic link loop (ELOOP)',
  EACCES: 'permission denied',
  ENAMETOOLONG: 'file name too long',
};

async function existingRoots(paths: readonly string[], cwd: string): Promise<Root[]> {
  return Promise.all(
    paths.map(async (p) => {
      const path = resolve(cwd, p);
      let stats: Awaited<ReturnType<typeof stat>>;
      try {
        stats = await stat(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        throw new UsageError(`${PATH_PROBLEMS[code] ?? `cannot look at it (${code || (error as Error).message})`}: ${p}`);
      }
      const what = stats.isDirectory() ? undefined : notRegular(stats);
      return { path, isDirectory: stats.isDirectory(), ...(what ? { notRegular: what } : {}) };
    }),
  );
}

/**
 * Files named on the command line are taken as they are (unless they are not regular files: those are named as
 * skipped, never opened); directories are walked with the default skips.
 */
function* discover(roots: readonly Root[], options: CliOptions, cwd: string): Generator<ScanTarget> {
  const seen = new Set<string>();
  for (const root of roots) {
    const files: Iterable<Omit<ScanTarget, 'named'>> = root.isDirectory
      ? walkFiles(root.path, { extensions: options.extensions, ignorePatterns: options.ignorePatterns, cwd })
      : [root.notRegular ? { path: root.path, skipped: notRegularReason(root.notRegular) } : { path: root.path }];
    for (const file of files) {
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      yield { ...file, named: !root.isDirectory };
    }
  }
}

/** Every candidate's record; a candidate without one (its worker died, it vanished) is a failure, not a silence. */
function recordsFor(candidates: readonly string[], records: readonly FileRecord[]): FileRecord[] {
  const byPath = new Map(records.map((r) => [r.path, r]));
  return candidates.map(
    (path) => byPath.get(path) ?? failedRecord(path, 'not processed (it vanished, or its worker failed); left unchanged'),
  );
}

async function gitRefusal(targets: string[], cwd: string): Promise<string | undefined> {
  if (targets.length === 0) return undefined;
  const check = await checkGitStatus(targets);
  if (check.clean) return undefined;
  if ('problem' in check) return `clarifai-codemod: refusing to write: ${check.problem}\nPass --force to write anyway, or --dry to preview.\n`;
  const list = check.dirty.map((p) => `  ${display(p, cwd)}`).join('\n');
  return (
    `clarifai-codemod: refusing to write: these files have uncommitted changes:\n${list}\n` +
    'Commit or stash them first, preview with --dry, or pass --force to write anyway.\n'
  );
}

/** Writes (or, dry, only reads) one file's change and turns its record into the report's entry. */
async function finishFile(record: FileRecord, options: CliOptions, cwd: string, color: boolean): Promise<FileReport> {
  const file = display(record.path, cwd);
  let { changed, findings, remaining } = record;
  let error = record.error && describeError(record.error, file);
  let diff: string | undefined;
  if (changed && !error && record.output !== undefined) {
    const change = await applyChange({ ...record, output: record.output }, options.dry);
    if ('error' in change) {
      error = `${file}: ${change.error}`;
      changed = false;
      findings = findings.map((f) => ({ ...f, fixed: false }));
      remaining = findings.filter((f) => !RULE_META[f.ruleId].advisory).length;
    } else if (options.diff) {
      diff = renderDiff(file, change.before, change.after, record.secretRanges, color);
    }
  }
  const hardcoded = findings.filter((f) => f.ruleId === 'no-hardcoded-credentials');
  return {
    file,
    findings,
    changed,
    leftForHuman: remaining > 0,
    envVars: changed ? record.envVars : [],
    ...(record.runtime ? { runtime: record.runtime } : {}),
    ...(record.secretRanges.length > 0
      ? { hardcodedSecret: hardcoded.length > 0 && hardcoded.every((f) => f.fixed) ? 'removed' : 'still in source' }
      : {}),
    ...(error ? { error } : {}),
    ...(record.skippedRegions ? { skippedBlocks: record.skippedRegions } : {}),
    ...(diff ? { diff } : {}),
  } satisfies FileReport;
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org) or the terminal is dumb. */
function wantsColor(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

function emptyReport(file: string): FileReport {
  return { file, findings: [], changed: false, leftForHuman: false, envVars: [] };
}

/** Paths in messages and reports: relative to the working directory, with forward slashes. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? path : rel).split(sep).join('/');
}
