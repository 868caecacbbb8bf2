import {
  analyze,
  applyFixes,
  callEnvReads,
  constantsLeftUnread,
  constantsRead,
  envReadsOf,
  fixesOf,
  fixUntilStable,
  formatMessage,
  isParseError,
  mergeEdits,
  mightCallClarifai,
  parseForEngine,
  placedRuntime,
  RULE_META,
  type EngineInput,
  type Finding,
  type FixSafety,
  type ModuleHost,
  type RuleId,
  type RuntimeFacts,
} from '@clarifai-auth/engine';
import { legacyClientOptions, projectOptionsFor, runtimeOf, type RuntimeQuery } from '@clarifai-auth/project';
import { dirname, join } from 'node:path';
import { stillPresent } from './finding-outcomes.js';
import { displayPath, moduleHostFor } from './modules.js';

export interface MigrateOptions {
  /** Which fixes to apply: `safe` ones always; `needs-review` ones unless `--safe-only`. */
  allowed: readonly FixSafety[];
  /** Report and fix only these rules (`--only`); all rules by default. */
  rules?: readonly RuleId[];
  /**
   * Where the code runs, when `path` is not the file it came from: a block of a component or page is migrated as
   * `<file>.<lang>`, but it runs where its file (and its part of the file) runs.
   */
  place?: Pick<RuntimeQuery, 'path' | 'region'>;
}

export const DEFAULT_MIGRATE_OPTIONS: MigrateOptions = { allowed: ['safe', 'needs-review'] };

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
  /** Present when the finding was only visible with values imported from the project's other modules. */
  crossFile?: {
    /** Those modules, relative to the working directory. */
    from: string[];
    /** Why it has no fix here: the fix belongs in the module that defines the client or value. */
    reason?: string;
    /** That module (relative to the working directory) and the line to change there. */
    definedAt?: { path: string; line: number };
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
  /** How many findings the output still has (fixes can uncover new ones): the work left for a human. Advisory ones do not count. */
  remaining: number;
  /** Environment variables that the applied fixes read. */
  envVars: string[];
  /**
   * When the file changed: the env vars its code read before and reads after the migration (the engine's
   * `envReadsOf`), so the report can say which names it stops reading and which replace them.
   */
  envReads?: EnvReads;
  /** Where the input holds a hard-coded key or PAT (offsets into the input, quotes included), to mask it in diffs. */
  secretRanges: [number, number][];
  error?: MigrateError;
  /** Where the file runs (from the project layer), for where to set `envVars`; absent for files that cannot call Clarifai. */
  runtime?: Pick<RuntimeFacts, 'target' | 'framework' | 'setIn'>;
  /** Script blocks of a component, page or Markdown file that were left alone (a docs fragment), and why. */
  skippedRegions?: SkippedRegion[];
}

export interface EnvReads {
  before: string[];
  after: string[];
}

/** A block named by what it is (`<script setup>`, `` ```js block ``) and where it starts in the file (1-based). */
export interface SkippedRegion {
  label: string;
  line: number;
  column: number;
  reason: string;
}

const BOM = '\uFEFF';

/**
 * The one migration of one file, shared by the jscodeshift transform and the CLI: analyse, apply the allowed
 * fixes until nothing changes, refuse output that does not parse, and say what happened to every finding.
 * For a file on disk the engine also follows values imported from the project's own modules; a finding whose
 * fix belongs in such a module has no fix here, and the report says where to change it.
 */
export function migrateSource(text: string, path: string, options: MigrateOptions = DEFAULT_MIGRATE_OPTIONS): MigrateResult {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const unchanged: MigrateResult = { output: text, changed: false, findings: [], remaining: 0, envVars: [], secretRanges: [] };
  if (!mightCallClarifai(body)) return unchanged;
  const modules = moduleHostFor(path);
  modules?.loaded.clear();
  const runtime = runtimeOf({ path, ...options.place, text: body });
  // The latest parse is kept: the env reads of the final text are read from the tree its last analysis parsed.
  let parsed: EngineInput | undefined;
  const parse = (t: string) => (parsed?.text === t ? parsed : (parsed = inputOf(t, path, runtime, modules)));
  const analyzeHere = (t: string) => analyzeInput(parse(t), path);

  let all: Finding[];
  try {
    all = analyzeHere(body);
  } catch (error) {
    return { ...unchanged, error: failure(error, 'parse') };
  }
  const original = parsed!;
  const imported = [...(modules?.loaded ?? [])];
  const selected = (findings: Finding[]) =>
    options.rules ? findings.filter((f) => options.rules!.includes(f.ruleId)) : findings;
  const first = selected(all);
  // Only secrets written in this file: one a module it imports holds is masked and rotated in that module's record.
  const secretRanges = all
    .filter((f) => f.ruleId === 'no-hardcoded-credentials' && !f.definedIn)
    .map((f): [number, number] => [f.range[0] + bom.length, f.range[1] + bom.length]);

  // fixUntilStable analyses the final text last, so remembering the latest analysis saves a parse.
  let latest = { text: body, findings: first };
  const findingsOf = (t: string) => {
    if (t !== latest.text) latest = { text: t, findings: selected(analyzeHere(t)) };
    return latest.findings;
  };
  let output: string;
  let remaining: Finding[];
  try {
    output = fixUntilStable(body, (t) => fixesOf(t, findingsOf(t), options.allowed)).text;
    if (output !== body) output = withoutConstantsLeftUnread(output, constantsRead(original), parse);
    remaining = findingsOf(output);
  } catch (error) {
    const findings = first.map((f) => report(f, false));
    return { ...unchanged, findings, remaining: first.length, secretRanges, error: failure(error, 'unparsable-output') };
  }

  const present = stillPresent(body, output, first, remaining);
  const fromModules = imported.length > 0 ? importedFindings(original, path, first, imported) : new Map();
  const { target, framework, setIn } = placedRuntime(original) ?? runtime;
  // Both texts' trees are at hand: the first analysis's, and the latest one, which is the output's.
  const envReads = output === body ? undefined : { before: envReadsOf(original), after: envReadsOf(parse(output)) };
  const fixed = first.filter((f, i) => !present[i] && f.fix && options.allowed.includes(f.fix.safety));
  return {
    output: bom + output,
    changed: output !== body,
    findings: first.map((f, i) => ({ ...report(f, !present[i]), ...fromModules.get(f) })),
    remaining: remaining.filter((f) => !RULE_META[f.ruleId].advisory).length,
    runtime: { target, framework, setIn },
    envVars: envReads ? envVarsRead(fixed, new Set(envReads.after), () => callEnvReads(parse(output), optionsFor(path))) : [],
    ...(envReads ? { envReads } : {}),
    secretRanges,
  };
}

/**
 * The text without the constants that the fixes together left unread (one `API_KEY` that several fixed calls read:
 * each fix alone keeps it). Nothing changes, and nothing is parsed again, when the fixes left none.
 */
function withoutConstantsLeftUnread(output: string, readBefore: ReadonlySet<string>, parse: (text: string) => EngineInput): string {
  if (readBefore.size === 0) return output;
  const removals = constantsLeftUnread(parse(output), readBefore);
  return removals.length === 0 ? output : applyFixes(output, [mergeEdits(output, removals)]).text;
}

/**
 * The environment variables that the fixes of these (fixed) findings read (`fix.reads`) and that the migrated code
 * still reads (`readByOutput`): by its Clarifai calls (`callReads`), or by a declared secret that fed no call. A
 * constant that only fed a credential the migration switched (`CLARIFAI_API_KEY` once the call reads `CLARIFAI_PAT`)
 * is not something to set.
 */
function envVarsRead(fixed: readonly Finding[], readByOutput: ReadonlySet<string>, callReads: () => string[]): string[] {
  const names = new Set<string>();
  let readByCalls: Set<string> | undefined;
  for (const f of fixed) {
    const declaredOnly = f.ruleId === 'no-hardcoded-credentials' && !f.facts;
    for (const name of f.fix!.reads) {
      if (readByOutput.has(name) && (declaredOnly || (readByCalls ??= new Set(callReads())).has(name))) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * The findings that only values from other modules made visible (the file alone does not have them), each with
 * the modules they came from and, when the fix belongs in one of them, why it was left for a human.
 */
function importedFindings(original: EngineInput, path: string, first: Finding[], imported: string[]) {
  // The same tree, analysed without the project's modules (no second parse).
  const withoutModules: EngineInput = { ...original };
  delete withoutModules.modules;
  const alone = new Set(analyzeInput(withoutModules, path).map(key));
  const notes = new Map<Finding, Pick<ReportedFinding, 'crossFile'>>();
  for (const f of first) {
    if (alone.has(key(f))) continue;
    const defined = f.definedIn && join(dirname(path), f.definedIn.module);
    const reason = f.definedIn && `it is set in ${displayPath(defined!)} (line ${f.definedIn.line}), which other files may share: change it there`;
    const definedAt = defined && { path: displayPath(defined), line: f.definedIn!.line };
    notes.set(f, { crossFile: { from: definedAt ? [definedAt.path] : imported.map(displayPath), ...(definedAt ? { reason: reason!, definedAt } : {}) } });
  }
  return notes;
}

/** The project's options (its `.clarifairc.json`, `clarifai.config.json` or `package.json#clarifai`), as ESLint reads them. */
const optionsFor = (path: string) => projectOptionsFor(path)?.options ?? {};

const key = (f: Finding) => `${f.ruleId}@${f.range[0]}`;

/** What the engine analyses of a text of this file: parsed, with where it runs and the project's modules. */
function inputOf(text: string, path: string, runtime: RuntimeFacts, modules: ModuleHost | undefined): EngineInput {
  const { ast, scopeManager } = parseForEngine(text, path);
  return { ast, scopeManager, text, filename: path, runtime, ...(modules ? { modules } : {}) };
}

function analyzeInput(input: EngineInput, path: string): Finding[] {
  // The legacy client's pinned version decides whether its sites can be fixed at all (see the project layer).
  return analyze(input, { ...optionsFor(path), ...legacyClientOptions(path, input.text) });
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
