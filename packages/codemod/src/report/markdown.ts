import { whatItHolds } from './env-holds.js';
import type { ReportedFinding } from '../migrate-file.js';
import type { Report } from './model.js';

/**
 * The report as a pull-request body (`--markdown <file>`): what changed and why, per file; the environment
 * variables to set; the hard-coded keys to rotate (by place only: a secret value is never written); and what is
 * left for a human. Built from the same report model as the text, JSON and SARIF reports.
 */
export function renderMarkdown({ files, summary }: Report, version: string): string {
  const dry = summary.dryRun;
  const out: string[] = [
    '## Clarifai credential migration',
    '',
    `${dry ? 'A dry run of' : 'Made by'} clarifai-codemod ${version}. ` +
      "It moves Clarifai API calls to Clarifai's current credentials: an API key reaches only its own app (API 9.3), " +
      "a PAT names the owner of what it calls, and Clarifai's own models are named with owner `clarifai`/`main` (API 11.6).",
    '',
    '| | |',
    '|---|---:|',
    `| Files scanned | ${summary.filesScanned} |`,
    `| Files ${dry ? 'that would change' : 'changed'} | ${summary.changed} |`,
    `| Findings ${dry ? 'it would fix' : 'fixed'} | ${summary.fixed} of ${summary.findings} |`,
    `| Files left for a human | ${summary.leftForHuman} |`,
    `| Files that failed or were not read | ${summary.failed + summary.skipped} |`,
    '',
  ];
  const steps = beforeMerging({ files, summary });
  if (steps.length > 0) out.push('### Before merging', '', ...steps.flatMap((step, i) => [`${i + 1}. ${step[0]}`, ...step.slice(1).map((l) => `   ${l}`)]), '');
  const changed = files.filter((f) => f.changed);
  if (changed.length > 0) {
    out.push(`### What ${dry ? 'would change' : 'changed'}, and why`, '');
    for (const file of changed) {
      out.push(`#### ${code(file.file)}`, '');
      for (const f of file.findings.filter((x) => x.fixed)) out.push(`- ${at(f)} ${f.fix ?? ''}${f.safety === 'needs-review' ? ' **Review:** it switches the credential.' : ''}`, `  Why: ${f.message}`);
      out.push('');
    }
  }
  const human = files.filter((f) => !f.error && f.findings.some((x) => !x.fixed));
  if (human.length > 0) {
    out.push('### Left for a human', '');
    for (const file of human) {
      for (const f of file.findings.filter((x) => !x.fixed)) {
        const why = f.crossFile?.reason ? ` Not fixed here: ${f.crossFile.reason}.` : '';
        out.push(`- ${code(file.file)} ${at(f)} ${f.message}${why}`);
      }
    }
    out.push('');
  }
  const untouched = files.filter((f) => f.error || f.skipped);
  if (untouched.length > 0) {
    out.push('### Not migrated', '');
    for (const file of untouched) out.push(`- ${code(file.file)}: ${file.error?.replace(`${file.file}: `, '') ?? `${file.skipped}; not read, left unchanged`}`);
    out.push('');
  }
  if (changed.length === 0 && human.length === 0 && untouched.length === 0) out.push('Nothing to do: no Clarifai call here needs migrating.', '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** The checklist for the reviewer: each step is its first line and the lines of its list. */
function beforeMerging({ files, summary }: Report): string[][] {
  const steps: string[][] = [];
  if (summary.envVarsToSet.length > 0) {
    steps.push([
      '**Set these environment variables** wherever the code runs:',
      ...summary.envVarsToSet.map((name) => `- ${code(name)}${holding(name)}`),
    ]);
  }
  const leaked = files.filter((f) => f.hardcodedSecret);
  if (leaked.length > 0) {
    steps.push([
      '**Rotate these keys**: a Clarifai key or PAT was written in source, and stays in the git history. Delete it in ' +
        'your Clarifai account and create a new one (values masked here):',
      ...leaked.map((f) => {
        const lines = f.findings.filter((x) => x.ruleId === 'no-hardcoded-credentials').map((x) => `line ${x.line}`);
        const state = f.hardcodedSecret === 'removed' ? (summary.dryRun ? 'would be removed from source' : 'removed from source') : 'still in source';
        return `- ${code(f.file)}${lines.length > 0 ? ` ${lines.join(', ')}` : ''}: \`••••••••\`, ${state}`;
      }),
    ]);
  }
  const reviewed = files.filter((f) => f.changed && f.findings.some((x) => x.fixed && x.safety === 'needs-review'));
  if (reviewed.length > 0) {
    steps.push([`**Review the credential switches** (marked **Review** below) in ${reviewed.map((f) => code(f.file)).join(', ')}.`]);
  }
  return steps;
}

/** `: a PAT (create one ...)` after a variable's name, when its name says what it holds. */
function holding(name: string): string {
  const what = whatItHolds(name);
  return what ? `: ${what}` : '';
}

function at(f: ReportedFinding): string {
  return `line ${f.line} (${code(f.ruleId)}):`;
}

/** Inline code that survives backticks in the text (CommonMark: a longer fence, padded with spaces). */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
