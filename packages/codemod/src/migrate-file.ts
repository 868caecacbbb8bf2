import {
  analyze,
  fixesOf,
  fixUntilStable,
  formatMessage,
  mightCallClarifai,
  parseForEngine,
  RULE_META,
  type Finding,
  type FixSafety,
  type RuleId,
} from '@clarifai-auth/engine';
import { stillPresent } from './finding-outcomes.js';

export interface MigrateOptions {
  /** Which fixes to apply: `safe` ones always; `needs-review` ones unless `--safe-only`. */
  allowed: readonly FixSafety[];
  /** Report and fix only these rules (`--only`); all rules by default. */
  rules?: readonly RuleId[];
}

export const DEFAULT_OPTIONS: MigrateOptions = { allowed: ['safe', 'needs-review'] };

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
 */
export function migrateSource(text: string, path: string, options: MigrateOptions = DEFAULT_OPTIONS): MigrateResult {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const unchanged: MigrateResult = { output: text, changed: false, findings: [], remaining: 0, envVars: [], secretRanges: [] };
  if (!mightCallClarifai(body)) return unchanged;

  let all: Finding[];
  try {
    all = analyzeText(body, path);
  } catch (error) {
    return { ...unchanged, error: { kind: 'parse', message: parserMessage(error) } };
  }
  const selected = (findings: Finding[]) =>
    options.rules ? findings.filter((f) => options.rules!.includes(f.ruleId)) : findings;
  const first = selected(all);
  const secretRanges = all
    .filter((f) => f.ruleId === 'no-hardcoded-credentials')
    .map((f): [number, number] => [f.range[0] + bom.length, f.range[1] + bom.length]);

  // fixUntilStable analyses the final text last, so remembering the latest analysis saves a parse.
  let latest = { text: body, findings: first };
  const findingsOf = (t: string) => {
    if (t !== latest.text) latest = { text: t, findings: selected(analyzeText(t, path)) };
    return latest.findings;
  };
  let output: string;
  let remaining: Finding[];
  try {
    output = fixUntilStable(body, (t) => fixesOf(t, findingsOf(t), options.allowed)).text;
    remaining = findingsOf(output);
  } catch (error) {
    const kind = isParseError(error) ? 'unparsable-output' : 'internal';
    const message =
      kind === 'unparsable-output'
        ? `the fixes would produce code that does not parse (${parserMessage(error)}); left unchanged`
        : String((error as Error)?.message ?? error);
    return { ...unchanged, findings: first.map((f) => report(f, false)), remaining: first.length, secretRanges, error: { kind, message } };
  }

  const present = stillPresent(body, output, first, remaining);
  const findings = first.map((f, i) => report(f, !present[i]));
  const envVars = new Set<string>();
  first.forEach((f, i) => {
    if (present[i] || !f.fix || !options.allowed.includes(f.fix.safety)) return;
    for (const value of Object.values(f.fix.data)) {
      for (const [read, name] of value.matchAll(ENV_READ)) if (output.includes(read)) envVars.add(name!);
    }
  });
  return {
    output: bom + output,
    changed: output !== body,
    findings,
    remaining: remaining.length,
    envVars: [...envVars].sort(),
    secretRanges,
  };
}

function analyzeText(text: string, path: string): Finding[] {
  const { ast, scopeManager } = parseForEngine(text, path);
  return analyze({ ast, scopeManager, text, filename: path });
}

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

interface ParserError {
  message: string;
  location: { start: { line: number; column: number } };
}

function isParseError(error: unknown): error is ParserError {
  return error instanceof Error && error.name === 'TSError' && 'location' in error;
}

/** typescript-estree's message with its (0-based) column made 1-based, as editors show it. */
function parserMessage(error: unknown): string {
  if (!isParseError(error)) return String((error as Error)?.message ?? error);
  const { line, column } = error.location.start;
  return `${error.message} (${line}:${column + 1})`;
}
