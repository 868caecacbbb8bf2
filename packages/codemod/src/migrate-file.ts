import {
  analyze,
  fixesOf,
  fixUntilStable,
  formatMessage,
  mergeEdits,
  mightCallClarifai,
  parseForEngine,
  RULE_META,
  type Finding,
  type FixSafety,
  type RuleId,
} from '@clarifai-auth/engine';
import { dirname, resolve } from 'node:path';
import { legacyClientVersion } from '@clarifai-auth/project';
import { inlineView, keepingStandIns, plainView, touches, type CrossFileContext, type View } from './cross-file/inline-view.js';
import { stillPresent } from './finding-outcomes.js';

export interface MigrateOptions {
  /** Which fixes to apply: `safe` ones always; `needs-review` ones unless `--safe-only`. */
  allowed: readonly FixSafety[];
  /** Report and fix only these rules (`--only`); all rules by default. */
  rules?: readonly RuleId[];
}

const DEFAULT_OPTIONS: MigrateOptions = { allowed: ['safe', 'needs-review'] };

/** A finding of the original text as the codemod reports it; positions are 1-based, like ESLint's output. */
export interface ReportedFinding {
  ruleId: RuleId;
  messageId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The safety of the fix the engine offers, if it offers one. */
  safety?: FixSafety;
  /** What that fix does, in words. */
  fix?: string;
  /** Whether the output no longer has this finding. */
  fixed: boolean;
  /** Present when the finding was only visible with values imported from other files. */
  crossFile?: {
    from: string[];
    /** Why its fix was not applied: it would have to change the other file. */
    reason?: string;
  };
}

export interface MigrateError {
  kind: 'parse' | 'unparsable-output' | 'internal';
  message: string;
}

export interface MigrateResult {
  /** The new text (with the BOM, if the input had one); the input itself when nothing changed or on error. */
  output: string;
  changed: boolean;
  findings: ReportedFinding[];
  /** How many findings the output still has (fixes can uncover new ones): the work left for a human. */
  remaining: number;
  /** Environment variables that the applied fixes read. */
  envVars: string[];
  /** Where the input holds a hard-coded key or PAT (offsets into the input, quotes included), to mask it in diffs. */
  secretRanges: [number, number][];
  error?: MigrateError;
}

const BOM = '\uFEFF';
const ENV_READ = /(?:process\.env|import\.meta\.env)\.([A-Za-z_$][\w$]*)/g;

/**
 * The one migration of one file, shared by the jscodeshift transform and the CLI: analyse, apply the allowed
 * fixes until nothing changes, refuse output that does not parse, and say what happened to every finding.
 * With a cross-file context the engine also sees values imported from other files; fixes that would have to
 * change those files are not applied, and their findings say why.
 */
export function migrateSource(
  text: string,
  path: string,
  options: MigrateOptions = DEFAULT_OPTIONS,
  crossFile?: CrossFileContext,
): MigrateResult {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const unchanged: MigrateResult = { output: text, changed: false, findings: [], remaining: 0, envVars: [], secretRanges: [] };
  if (!mightCallClarifai(body)) return unchanged;
  const view = (crossFile && inlineView(body, crossFile)) || plainView(body);

  // Findings in the view that lie in the file's own text (not in the stand-ins appended after it).
  const ownFindings = (t: string) => {
    const ownEnd = view.restore(t).length;
    return analyzeText(t, path).filter((f) => f.range[0] < ownEnd);
  };
  let all: Finding[];
  try {
    all = ownFindings(view.text);
  } catch (error) {
    // Stand-ins that do not parse in this file must not make the file itself look broken.
    if (view.text !== body) return migrateSource(text, path, options);
    return { ...unchanged, error: failure(error, 'parse') };
  }
  const selected = (findings: Finding[]) =>
    options.rules ? findings.filter((f) => options.rules!.includes(f.ruleId)) : findings;
  const first = selected(all);
  const secretRanges = all
    .filter((f) => f.ruleId === 'no-hardcoded-credentials')
    .map((f): [number, number] => [f.range[0] + bom.length, f.range[1] + bom.length]);

  // fixUntilStable analyses the final text last, so remembering the latest analysis saves a parse.
  let latest = { text: view.text, findings: first };
  const findingsOf = (t: string) => {
    if (t !== latest.text) latest = { text: t, findings: selected(ownFindings(t)) };
    return latest.findings;
  };
  const applicable = (t: string) => {
    const stand = view.protectedIn(t);
    return fixesOf(t, keepingStandIns(findingsOf(t), stand), options.allowed).filter((edit) => !touches(edit.range, stand));
  };
  let fixedView: string;
  let output: string;
  let remaining: Finding[];
  try {
    fixedView = fixUntilStable(view.text, applicable).text;
    remaining = findingsOf(fixedView);
    output = view.restore(fixedView);
    if (output !== body && view.text !== body) parseForEngine(output, path);
  } catch (error) {
    const findings = first.map((f) => report(f, false));
    return { ...unchanged, findings, remaining: first.length, secretRanges, error: failure(error, 'unparsable-output') };
  }

  const present = stillPresent(view.text, fixedView, first, remaining);
  const crossFileNotes = crossFile && view.text !== body ? crossFileFindings(body, path, view, first, crossFile.from) : new Map();
  return {
    output: bom + output,
    changed: output !== body,
    findings: first.map((f, i) => ({ ...report(f, !present[i]), ...crossFileNotes.get(f) })),
    remaining: remaining.length,
    envVars: envVarsRead(first.filter((f, i) => !present[i] && f.fix && options.allowed.includes(f.fix.safety)), output),
    secretRanges,
  };
}

/** The environment variables that the fixes of these (fixed) findings read and that the output now reads. */
function envVarsRead(fixed: readonly Finding[], output: string): string[] {
  const names = new Set<string>();
  for (const value of fixed.flatMap((f) => Object.values(f.fix!.data))) {
    for (const [read, name] of value.matchAll(ENV_READ)) if (output.includes(read)) names.add(name!);
  }
  return [...names].sort();
}

/**
 * The findings that only the imported values made visible, each with the files they came from and, when its fix
 * would have had to edit those values, why it was left for a human.
 */
function crossFileFindings(body: string, path: string, view: View, first: Finding[], from: string[]) {
  const alone = new Set(analyzeText(body, path).map(key));
  const stand = view.protectedIn(view.text);
  const notes = new Map<Finding, Pick<ReportedFinding, 'crossFile'>>();
  for (const f of first) {
    if (alone.has(key(f))) continue;
    const fix = keepingStandIns([f], stand)[0]!.fix;
    const blocked = fix && touches(mergeEdits(view.text, fix.edits).range, stand);
    const reason = 'its fix would have to change the imported value, which other files may share: change it there by hand';
    notes.set(f, { crossFile: { from, ...(blocked ? { reason } : {}) } });
  }
  return notes;
}

const key = (f: Finding) => `${f.ruleId}@${f.range[0]}`;

function analyzeText(text: string, path: string): Finding[] {
  const { ast, scopeManager } = parseForEngine(text, path);
  // The legacy client's pinned version decides whether its sites can be fixed at all (see the project layer).
  const version = LEGACY_IMPORT.test(text) ? legacyClientVersion(dirname(resolve(path))) : undefined;
  return analyze({ ast, scopeManager, text, filename: path }, version ? { legacyClientVersion: version } : {});
}

const LEGACY_IMPORT = /(?:from\s*|require\s*\(\s*)['"]clarifai['"]/;

function report(f: Finding, fixed: boolean): ReportedFinding {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    message: f.message,
    line: f.loc.start.line,
    column: f.loc.start.column + 1,
    endLine: f.loc.end.line,
    endColumn: f.loc.end.column + 1,
    ...(f.fix
      ? { safety: f.fix.safety, fix: formatMessage(RULE_META[f.ruleId].messages[f.fix.messageId] ?? '', f.fix.data) }
      : {}),
    fixed,
  };
}

interface ParserError extends Error {
  location: { start: { line: number; column: number } };
}

function isParseError(error: unknown): error is ParserError {
  return error instanceof Error && error.name === 'TSError' && 'location' in error;
}

/**
 * A parser error as `kind` (typescript-estree's message, its 0-based column made 1-based as editors show it);
 * anything else thrown is a bug, reported as internal rather than blamed on the file.
 */
function failure(error: unknown, kind: 'parse' | 'unparsable-output'): MigrateError {
  if (!isParseError(error)) return { kind: 'internal', message: `internal error: ${(error as Error)?.message ?? String(error)}; left unchanged` };
  const { line, column } = error.location.start;
  const message = `${error.message} (${line}:${column + 1})`;
  return kind === 'parse' ? { kind, message } : { kind, message: `the fixes would produce code that does not parse (${message}); left unchanged` };
}
