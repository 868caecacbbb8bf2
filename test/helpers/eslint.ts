// ESLint through its own Node API (Linter, flat config) with the typescript-eslint parser and every
// eslint-plugin-clarifai rule at error. Fixes are applied with the engine's `applyFixes`, pass by pass.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import clarifai from 'eslint-plugin-clarifai';
import tseslint from 'typescript-eslint';
import { applyFixes, engineFindings, RULE_IDS, withoutBom, withoutConstantsLeftUnread } from './engine.js';
import type { ExpectedFinding } from './fixture-cases.js';

const linter = new Linter({ configType: 'flat' });

const config: Linter.Config[] = [
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    // Loaded (no rule on) so that fixtures' `eslint-disable` comments for its rules resolve, as in a real project.
    plugins: { clarifai, '@typescript-eslint': tseslint.plugin },
    rules: Object.fromEntries(RULE_IDS.map((id) => [`clarifai/${id}`, 'error'])),
  },
];

const MAX_PASSES = 10;

/** ESLint's messages for a text without BOM; a parse error or a message from elsewhere fails loudly. */
export function lint(text: string, filename: string): Linter.LintMessage[] {
  const messages = linter.verify(text, config, { filename });
  for (const message of messages) {
    if (message.fatal || !message.ruleId?.startsWith('clarifai/')) {
      throw new Error(`${filename}:${message.line}:${message.column} ${message.message}`);
    }
  }
  return messages;
}

const ruleOrder = (m: ExpectedFinding) => RULE_IDS.indexOf(m.ruleId as (typeof RULE_IDS)[number]);

/** Messages in the `.findings.json` shape, ordered like the engine orders findings. */
export function eslintFindings(text: string, filename: string): ExpectedFinding[] {
  return lint(text, filename)
    .map(asFinding)
    .sort((a, b) => a.line - b.line || a.column - b.column || ruleOrder(a) - ruleOrder(b));
}

/** A message of an eslint-plugin-clarifai rule in the `.findings.json` shape. */
export function asFinding(m: Linter.LintMessage): ExpectedFinding {
  return {
    ruleId: m.ruleId!.replace(/^clarifai\//, ''),
    messageId: m.messageId!,
    line: m.line,
    column: m.column,
    endLine: m.endLine!,
    endColumn: m.endColumn!,
  };
}

/** Each message's autofix, else its first suggestion, as edits for `applyFixes`. */
export function fixesOfMessages(messages: readonly Linter.LintMessage[]): { range: [number, number]; text: string }[] {
  return messages.flatMap((m) => {
    const fix = m.fix ?? m.suggestions?.[0]?.fix;
    return fix ? [{ range: fix.range, text: fix.text }] : [];
  });
}

/**
 * Every message's autofix, else its first suggestion, applied and re-linted until nothing changes; like the
 * codemod, a suggestion the engine calls a guess is left for a human (ESLint's messages do not carry safety); then,
 * as the codemod does last, the constants those fixes together left unread are removed.
 */
export function migrateWithEslint(raw: string, filename: string): string {
  return withoutBom(raw, (text) => {
    let current = text;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const guesses = new Set(
        engineFindings(current, filename)
          .filter((f) => f.fix?.safety === 'guess')
          .map((f) => `${f.ruleId}@${f.loc.start.line}:${f.loc.start.column + 1}`),
      );
      const chosen = lint(current, filename).filter((m) => m.fix || !guesses.has(`${m.ruleId!.replace(/^clarifai\//, '')}@${m.line}:${m.column}`));
      const { text: next, applied } = applyFixes(current, fixesOfMessages(chosen));
      if (applied === 0 || next === current) break;
      current = next;
    }
    return withoutConstantsLeftUnread(text, current, filename);
  });
}
