import { RULE_META } from '@clarifai-auth/engine';
import pc from 'picocolors';
import { isGenerated } from '../files/generated.js';
import { eachWithWhatItHolds, whatTheyHold } from './env-holds.js';
import type { FileReport, Report } from './model.js';

type Colors = ReturnType<typeof pc.createColors>;

/** The human report: findings per file, the summary table, and what to do next. */
export function renderText({ files, summary }: Report, color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  for (const file of files) {
    if (file.findings.length === 0 && !file.error && !file.skipped && !file.skippedBlocks) continue;
    out.push(c.underline(file.file));
    if (file.error) out.push(`  ${c.red('failed')}  ${file.error}`);
    else if (file.skipped) out.push(`  ${c.yellow('skipped')}  ${file.skipped}; not read, left unchanged`);
    for (const b of file.skippedBlocks ?? []) {
      out.push(`  ${`${b.line}:${b.column}`.padEnd(7)} ${c.yellow('skipped'.padEnd(17))}  ${b.label} ${b.reason}; left unchanged`);
    }
    for (const f of file.findings) {
      out.push(`  ${`${f.line}:${f.column}`.padEnd(7)} ${status(f, file, summary.dryRun, c)}  ${c.dim(f.ruleId)}  ${f.message}`);
      if (!f.fixed && f.safety === 'guess' && f.fix) out.push(`          ${c.dim(`(left for you to decide: ${f.fix})`)}`);
      if (f.crossFile) {
        const why = f.crossFile.reason ? `; not fixed here: ${f.crossFile.reason}` : '';
        out.push(`          ${c.dim(`(seen with values imported from ${f.crossFile.from.join(', ')}${why})`)}`);
      }
    }
    out.push('');
  }
  const verb = summary.dryRun ? 'Would change' : 'Changed';
  const rows: [string, string][] = [
    ['Files scanned', String(summary.filesScanned)],
    ['Candidates (mention Clarifai)', String(summary.candidates)],
    ['Files with findings', String(summary.filesWithFindings)],
    [verb, String(summary.changed)],
    ['Left for a human', String(summary.leftForHuman)],
    ['Failed', String(summary.failed)],
    ...(summary.skipped > 0 ? [['Skipped (not read)', String(summary.skipped)] as [string, string]] : []),
    ['Time', `${summary.seconds.toFixed(2)} s`],
  ];
  out.push(c.bold('Summary'));
  for (const [label, value] of rows) out.push(`  ${label.padEnd(31)}${value.padStart(8)}`);
  out.push('', ...whatToDo({ files, summary }, c));
  return `${out.join('\n')}\n`;
}

/** A list of files short enough to read (the JSON report has them all). */
function some(files: readonly string[], max = 10): string {
  return files.length <= max ? files.join(', ') : `${files.slice(0, max).join(', ')} and ${files.length - max} more (see --json)`;
}

function status(f: FileReport['findings'][number], file: FileReport, dryRun: boolean, c: Colors): string {
  const width = 17;
  if (RULE_META[f.ruleId].advisory) return c.yellow('warning'.padEnd(width));
  if (!f.fixed || file.error) return c.yellow('needs a human'.padEnd(width));
  const done = dryRun ? 'would fix' : 'fixed';
  return f.safety === 'needs-review' ? c.cyan(`${done}, review`.padEnd(width)) : c.green(done.padEnd(width));
}

/**
 * Where else the secret removed from `f` is stored: build output is rebuilt (and caches cleared), source is edited
 * by hand; a source file this run reports itself is one whose secret it left for a human.
 */
function sameSecretElsewhere(f: FileReport, files: readonly FileReport[]): string[] {
  const built = f.secretAlsoIn!.filter(isGenerated);
  const source = f.secretAlsoIn!.filter((path) => !isGenerated(path));
  const leftHere = new Set(files.filter((x) => x.hardcodedSecret === 'still in source').map((x) => x.file));
  const named = source.map((path) => (leftHere.has(path) ? `${path} (left for a human, see above)` : path));
  const steps: string[] = [];
  const same = `The same secret as in ${f.file} (value not shown)`;
  if (source.length > 0) {
    steps.push(`${same} is also written in: ${some(named)}. This run does not remove it there: remove it by hand and rotate it.`);
  }
  if (built.length > 0) steps.push(`${same} is also stored in build output: ${some(built)}. Remove it there (rebuild, clear caches) and rotate it.`);
  return steps;
}

function whatToDo({ files, summary }: Report, c: Colors): string[] {
  const steps: string[] = [];
  if (summary.envVarsToSet.length > 0) {
    const where = summary.envVarsWhere;
    const holds = whatTheyHold(summary.envVarsToSet);
    steps.push(
      where.length === 1 && where[0]!.framework === 'Node.js'
        ? `Set these environment variables wherever the code runs: ${eachWithWhatItHolds(summary.envVarsToSet)}.`
        : [
            'Set these environment variables where each part of the code reads them:',
            ...where.map((w) => `     ${w.vars.join(', ')} for ${w.framework} (${w.files.join(', ')}): ${w.setIn}.`),
            ...(holds ? [`     ${holds}.`] : []),
          ].join('\n'),
    );
  }
  if (summary.patInBrowser.length > 0) {
    steps.push(
      `${c.yellow('A PAT in the browser or an app')}: anyone who loads these pages or installs the app can read the PAT they send (or will send once migrated), and a PAT reaches every app of your account. Create a PAT with only the scopes the code needs, or call Clarifai from your server: ${summary.patInBrowser.join(', ')}.`,
    );
  }
  if (summary.rotateKeysIn.length > 0) {
    const removed = summary.dryRun ? 'would be removed' : 'removed';
    const where = files
      .filter((f) => f.hardcodedSecret)
      .map((f) => `${f.file} (${f.hardcodedSecret === 'removed' ? removed : f.hardcodedSecret})`);
    steps.push(`A Clarifai key or PAT was written in source: rotate it, it stays in your git history. ${where.join(', ')}.`);
    for (const f of files.filter((x) => x.secretAlsoIn)) steps.push(...sameSecretElsewhere(f, files));
  }
  for (const d of summary.droppedEnvNames) {
    const now = d.replacedBy.length > 0 ? ` (it reads ${d.replacedBy.join(', ')} instead)` : '';
    const where = d.stillMentionedIn.length > 0 ? `; still required or documented in: ${some(d.stillMentionedIn)}` : '';
    const added = d.templatesUpdated.length > 0 ? `; ${summary.dryRun ? 'would add' : 'added'} the new name to ${d.templatesUpdated.join(', ')}` : '';
    steps.push(`The code no longer reads ${d.name}${now}${where}${added}. Update start-up checks, compose files and deployment settings, then stop setting ${d.name}.`);
  }
  const reviewed = files.filter((f) => f.changed && f.findings.some((x) => x.fixed && x.safety === 'needs-review'));
  if (reviewed.length > 0) {
    steps.push(`Review the credential switches (marked "review") in: ${reviewed.map((f) => f.file).join(', ')}.`);
  }
  const human = files.filter((f) => f.leftForHuman);
  if (human.length > 0) steps.push(`Fix by hand what is marked "needs a human" in: ${human.map((f) => f.file).join(', ')}.`);
  if (summary.failed > 0) steps.push(`Look at the ${summary.failed} file(s) marked "failed"; they were left as they were.`);
  const skipped = files.filter((f) => f.skipped && !f.error);
  if (skipped.length > 0) {
    steps.push(
      `Check by hand whether these files call Clarifai: they were skipped, not read (see "skipped" above): ${skipped.map((f) => f.file).join(', ')}.`,
    );
  }
  const fragments = files.filter((f) => f.skippedBlocks);
  if (fragments.length > 0) {
    steps.push(`Check by hand the code blocks marked "skipped" (not whole programs) in: ${fragments.map((f) => f.file).join(', ')}.`);
  }
  if (summary.dryRun && summary.changed > 0) steps.push('Run again without --dry (or --check) to apply the changes.');
  if (steps.length === 0) return [c.green('Nothing to do: no Clarifai call here needs migrating.')];
  return [c.bold('What to do now'), ...steps.map((s, i) => `  ${i + 1}. ${s}`)];
}
