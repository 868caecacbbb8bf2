import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyChange } from './apply-change.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { crossFileContexts } from './cross-file/contexts.js';
import { describeError } from './describe-error.js';
import { scanFiles } from './files/scan.js';
import { walkFiles } from './files/walk.js';
import { checkGitStatus } from './git.js';
import { processCandidates } from './process-candidates.js';
import { Progress } from './progress.js';
import { readRecords, type FileRecord } from './records.js';
import { renderDiff } from './report/diff.js';
import { summarize, type FileReport, type Report } from './report/model.js';
import { toSarif } from './report/sarif.js';
import { renderText } from './report/text.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The command line: `clarifai-codemod [options] [paths...]`. Returns the exit code and never calls
 * `process.exit`: 0 done or nothing to do, 1 `--check` found work or a file failed, 2 usage error, refusal or
 * internal error.
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
  try {
    return await run(options, process.cwd());
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`clarifai-codemod: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`clarifai-codemod: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}

async function run(options: CliOptions, cwd: string): Promise<number> {
  const started = performance.now();
  const roots = await existingRoots(options.paths, cwd);
  const progress = new Progress();
  const scan = scanFiles(discover(roots, options, cwd), (scanned, candidates) =>
    progress.update(`Scanning: ${scanned} files, ${candidates} mention Clarifai`),
  );

  const contexts = await crossFileContexts(scan.candidates, (path) => display(path, cwd));
  const recordDir = await mkdtemp(join(tmpdir(), 'clarifai-codemod-'));
  try {
    progress.update(`Migrating ${scan.candidates.length} files`);
    await processCandidates(scan.candidates, {
      contexts,
      transformOptions: { recordDir, 'safe-only': options.safeOnly, ...(options.only ? { only: options.only.join(',') } : {}) },
      cpus: options.cpus,
      onProgress: (done) => progress.update(`Migrating: ${done} of ${scan.candidates.length} files`),
    });
    const records = recordsFor(scan.candidates, recordDir);
    progress.clear();

    if (!options.dry && !options.force) {
      const refusal = await gitRefusal(records.filter((r) => r.changed && !r.error).map((r) => r.path), cwd);
      if (refusal) {
        process.stderr.write(refusal);
        return 2;
      }
    }

    const color = wantsColor(options.json ? process.stderr : process.stdout);
    const files: FileReport[] = scan.unreadable.map(({ path, message }) => {
      const file = display(path, cwd);
      return { ...emptyReport(file), error: `${file}: unreadable (${message}); left unchanged` };
    });
    for (const record of records) {
      const report = await finishFile(record, options, cwd, color);
      if (report.diff && !options.json) process.stdout.write(report.diff);
      files.push(report);
    }
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

    const summary = summarize(files, {
      dryRun: options.dry,
      filesScanned: scan.scanned,
      candidates: scan.candidates.length,
      skippedTooLarge: scan.tooLarge.length,
      seconds: (performance.now() - started) / 1000,
    });
    await emit({ files: files.filter((f) => f.findings.length > 0 || f.changed || f.error || f.hardcodedSecret), summary }, options, cwd, color);
    if (summary.failed > 0) return 1;
    return options.check && (summary.changed > 0 || summary.leftForHuman > 0) ? 1 : 0;
  } finally {
    await rm(recordDir, { recursive: true, force: true });
  }
}

/** The report: JSON alone on stdout with `--json` (the human summary then goes to stderr), SARIF to its file. */
async function emit(report: Report, options: CliOptions, cwd: string, color: boolean): Promise<void> {
  if (options.sarif) await writeSarif(resolve(cwd, options.sarif), toSarif(report, VERSION, cwd));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(renderText(report, color));
  } else {
    process.stdout.write(renderText(report, color));
  }
}

async function writeSarif(path: string, sarif: object): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(sarif, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write the SARIF report to ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

async function existingRoots(paths: readonly string[], cwd: string): Promise<{ path: string; isDirectory: boolean }[]> {
  return Promise.all(
    paths.map(async (p) => {
      const path = resolve(cwd, p);
      const stats = await stat(path).catch(() => undefined);
      if (!stats) throw new UsageError(`no such file or directory: ${p}`);
      return { path, isDirectory: stats.isDirectory() };
    }),
  );
}

/** Files named on the command line are taken as they are; directories are walked with the default skips. */
function* discover(roots: { path: string; isDirectory: boolean }[], options: CliOptions, cwd: string): Generator<string> {
  const seen = new Set<string>();
  for (const root of roots) {
    const files = root.isDirectory
      ? walkFiles(root.path, { extensions: options.extensions, ignorePatterns: options.ignorePatterns, cwd })
      : [root.path];
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      yield file;
    }
  }
}

/** Every candidate's record; a candidate without one (its worker died, it vanished) is a failure, not a silence. */
function recordsFor(candidates: readonly string[], recordDir: string): FileRecord[] {
  const byPath = new Map(readRecords(recordDir).map((r) => [r.path, r]));
  return candidates.map(
    (path) =>
      byPath.get(path) ?? {
        path,
        sourceHash: '',
        changed: false,
        findings: [],
        remaining: 0,
        envVars: [],
        secretRanges: [],
        error: { kind: 'internal', message: 'not processed (it vanished, or its worker failed); left unchanged' },
      },
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
  if (changed && !error && record.outputFile) {
    const change = await applyChange({ ...record, outputFile: record.outputFile }, options.dry);
    if ('error' in change) {
      error = `${file}: ${change.error}`;
      changed = false;
      findings = findings.map((f) => ({ ...f, fixed: false }));
      remaining = findings.length;
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
    ...(record.secretRanges.length > 0
      ? { hardcodedSecret: hardcoded.length > 0 && hardcoded.every((f) => f.fixed) ? 'removed' : 'still in source' }
      : {}),
    ...(error ? { error } : {}),
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
