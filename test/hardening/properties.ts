// The properties every generated file must satisfy (property.test.ts runs them with fast-check).
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import clarifai from 'eslint-plugin-clarifai';
import { expect } from 'vitest';
import { LINTED } from './eslint-host.mjs';
import type { GeneratedFile } from './gen.js';
import {
  applyFixes,
  findingsFor,
  fixesOf,
  fixUntilStable,
  mergeEdits,
  migrate,
  parseForEngine,
  REPORT_ONLY,
  RULE_IDS,
  RULE_META,
  type Finding,
} from './engine.js';

const BOM = '\uFEFF';
const stripBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

export const stats = {
  findings: 0,
  fixes: 0,
  changedFiles: 0,
  kinds: new Map<string, number>(),
  /** Findings by rule (engineNeverThrows). */
  rules: new Map<string, number>(),
  /** Single fixes applied and checked, by rule, and findings that had no fix to apply (singleFixIsLocal). */
  fixesByRule: new Map<string, number>(),
  unfixedByRule: new Map<string, number>(),
};
export const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

const key = (f: Finding) => `${f.ruleId}/${f.messageId}`;

function multiset(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) bump(m, key(f));
  return m;
}

/** Names the file reads that resolve to no declaration in scope (globals such as `fetch`, `console`, `process`). */
export function unresolvedNames(text: string, filename: string): Set<string> {
  const { scopeManager } = parseForEngine(text, filename);
  const names = new Set<string>();
  for (const scope of scopeManager.scopes) {
    if (scope.type !== 'global' && scope.type !== 'module') continue;
    for (const ref of scope.through) names.add(ref.identifier.name);
  }
  return names;
}

/**
 * Names declared twice in one scope where that is an early SyntaxError (`const`, `let`, `class`, imports): a
 * redeclaration parses with typescript-estree but the file no longer loads.
 */
export function redeclaredNames(text: string, filename: string): Set<string> {
  const { scopeManager } = parseForEngine(text, filename);
  const names = new Set<string>();
  for (const scope of scopeManager.scopes) {
    for (const variable of scope.set.values()) {
      const defs = variable.defs.filter((d) => d.type !== 'Type');
      if (defs.length < 2) continue;
      const strict = defs.some(
        (d) => d.type === 'ClassName' || d.type === 'ImportBinding' || (d.type === 'Variable' && d.parent?.type === 'VariableDeclaration' && d.parent.kind !== 'var'),
      );
      if (strict) names.add(variable.name);
    }
  }
  return names;
}

/** The generator is sound: what it writes is valid code. */
export function generatedFileParses(file: GeneratedFile): void {
  expect(() => parseForEngine(stripBom(file.text), file.filename)).not.toThrow();
  expect([...redeclaredNames(stripBom(file.text), file.filename)], 'the generator declared a name twice').toEqual([]);
  for (const kind of file.kinds) bump(stats.kinds, kind);
}

/** The engine never throws on valid code and its findings are well formed. */
export function engineNeverThrows(file: GeneratedFile): void {
  const text = stripBom(file.text);
  const findings = findingsFor(text, file.filename);
  stats.findings += findings.length;
  for (const f of findings) {
    bump(stats.rules, f.ruleId);
    expect(RULE_IDS).toContain(f.ruleId);
    expect(RULE_META[f.ruleId].messages[f.messageId], key(f)).toBeTypeOf('string');
    expect(f.message).not.toMatch(/\{\{\s*\w+\s*\}\}/);
    expect(f.range[0]).toBeGreaterThanOrEqual(0);
    expect(f.range[1]).toBeLessThanOrEqual(text.length);
    expect(f.range[0]).toBeLessThanOrEqual(f.range[1]);
    if (f.fix) {
      expect(['safe', 'needs-review', 'guess']).toContain(f.fix.safety);
      expect(RULE_META[f.ruleId].messages[f.fix.messageId], `${key(f)} fix ${f.fix.messageId}`).toBeTypeOf('string');
      expect(f.fix.edits.length).toBeGreaterThan(0);
      if (f.fix.safety === 'safe') expect(RULE_META[f.ruleId].fixable, `${f.ruleId} has a safe fix`).toBe(true);
      else expect(RULE_META[f.ruleId].hasSuggestions, `${f.ruleId} has a suggestion`).toBe(true);
    }
  }
}

/** One fix alone changes something, nothing outside its merged edit range, and leaves parseable code. */
export function singleFixIsLocal(file: GeneratedFile): void {
  const text = stripBom(file.text);
  for (const f of findingsFor(text, file.filename)) {
    if (!f.fix) {
      bump(stats.unfixedByRule, f.ruleId);
      continue;
    }
    stats.fixes++;
    bump(stats.fixesByRule, f.ruleId);
    for (const edit of f.fix.edits) {
      expect(edit.range[0]).toBeGreaterThanOrEqual(0);
      expect(edit.range[0]).toBeLessThanOrEqual(edit.range[1]);
      expect(edit.range[1]).toBeLessThanOrEqual(text.length);
      expect(typeof edit.text).toBe('string');
    }
    const merged = mergeEdits(text, f.fix.edits);
    const out = applyFixes(text, [merged]).text;
    expect(out, `${key(f)}: a fix that changes nothing`).not.toBe(text);
    const [start, end] = merged.range;
    expect(out.slice(0, start), `${key(f)}: bytes before the edit`).toBe(text.slice(0, start));
    expect(out.slice(out.length - (text.length - end)), `${key(f)}: bytes after the edit`).toBe(text.slice(end));
    expect(() => parseForEngine(out, file.filename), `${key(f)} alone leaves parseable code`).not.toThrow();
  }
}

/** Fixing to a fixpoint settles, is idempotent, parses, keeps BOM and CRLF, and leaves only unfixable findings. */
export function fixpointIsClean(file: GeneratedFile): void {
  const before = findingsFor(stripBom(file.text), file.filename);
  const fixed = migrate(file.text, file.filename);
  expect(fixed.passes, 'fixing settles before the 10-pass limit').toBeLessThan(10);
  if (fixed.text !== file.text) stats.changedFiles++;

  // Idempotent: fixing the output again changes no byte.
  const again = migrate(fixed.text, file.filename);
  expect(again.text).toBe(fixed.text);
  expect(again.passes).toBe(0);

  // The output parses, keeps the BOM, and keeps CRLF files CRLF.
  expect(() => parseForEngine(stripBom(fixed.text), file.filename)).not.toThrow();
  // Fixes never point code at a variable that is not in scope where it is used (a new global reference).
  const globalsBefore = unresolvedNames(stripBom(file.text), file.filename);
  const introduced = [...unresolvedNames(stripBom(fixed.text), file.filename)].filter((n) => !globalsBefore.has(n) && n !== 'process');
  expect(introduced, 'fixing introduced references to undeclared or out-of-scope names').toEqual([]);
  const redeclaredBefore = redeclaredNames(stripBom(file.text), file.filename);
  const redeclared = [...redeclaredNames(stripBom(fixed.text), file.filename)].filter((n) => !redeclaredBefore.has(n));
  expect(redeclared, 'fixing declared a name twice in one scope (SyntaxError when the file loads)').toEqual([]);
  expect(fixed.text.startsWith(BOM)).toBe(file.text.startsWith(BOM));
  if (!/(?<!\r)\n/.test(file.text)) expect(fixed.text, 'no bare LF in a CRLF file').not.toMatch(/(?<!\r)\n/);

  // What may remain: report-only rules (unchanged), and findings of fixable rules that had no fix the codemod
  // applies to begin with (no fix, or a guess it leaves for a human). Advisory rules (no-pat-in-browser) are about
  // what the fixed code does, so fixing may add to them.
  const after = findingsFor(stripBom(fixed.text), file.filename);
  const applied = (f: Finding) => f.fix !== undefined && f.fix.safety !== 'guess';
  for (const f of after) expect(applied(f), `${key(f)} still carries a fix after the fixpoint`).toBe(false);
  const reportOnly = (list: Finding[]) => multiset(list.filter((f) => REPORT_ONLY.has(f.ruleId) && !RULE_META[f.ruleId].advisory));
  expect(reportOnly(after)).toEqual(reportOnly(before));
  const unfixedBefore = multiset(before.filter((f) => !REPORT_ONLY.has(f.ruleId) && !applied(f)));
  // A guess may surface once a fix reads a PAT (an own-app call then needs an owner): it is left for a human, by design.
  const remaining = multiset(after.filter((f) => !REPORT_ONLY.has(f.ruleId) && f.fix?.safety !== 'guess'));
  for (const [k, n] of remaining) {
    expect(n, `${k} remains after fixing but had no unfixable finding before`).toBeLessThanOrEqual(unfixedBefore.get(k) ?? 0);
  }
}


const linter = new Linter({ configType: 'flat' });
const lintConfig: Linter.Config[] = [
  {
    files: [LINTED],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // The generated files carry an `eslint-disable` comment for a rule this config does not turn on.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  { files: [LINTED], ...clarifai.configs.strict },
];

/**
 * ESLint with the plugin agrees with the engine: the same findings at the same places, no crash, and `--fix`
 * (safe fixes only) writes the same bytes as the engine's safe-only fixpoint.
 */
export function eslintAgrees(file: GeneratedFile): void {
  const engineFindings = findingsFor(stripBom(file.text), file.filename);
  const messages = linter.verify(file.text, lintConfig, { filename: file.filename });
  expect(messages.filter((m) => m.fatal), 'ESLint could not parse a generated file').toEqual([]);
  const fromEslint = messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).sort();
  const fromEngine = engineFindings.map((f) => `clarifai/${f.ruleId}@${f.loc.start.line}:${f.loc.start.column + 1}`).sort();
  expect(fromEslint).toEqual(fromEngine);
  const fixed = linter.verifyAndFix(file.text, lintConfig, { filename: file.filename });
  const bom = file.text.startsWith(BOM);
  const safeOnly = fixUntilStable(stripBom(file.text), (t) => fixesOf(t, findingsFor(t, file.filename), ['safe']));
  expect(fixed.output, 'ESLint --fix and the engine safe-only fixpoint differ').toBe((bom ? BOM : '') + safeOnly.text);
}
