// The engine as the codemod uses it: parse, analyze, and fix to a fixpoint (safe and needs-review fixes).
// Imported from the built package, like the ESLint plugin and the codemod import it.
import {
  analyze,
  applyFixes,
  constantsLeftUnread,
  constantsRead,
  fixesOf,
  fixUntilStable,
  mergeEdits,
  parseForEngine,
  RULE_IDS,
  type Finding,
} from '../../packages/engine/dist/index.js';
import { runtimeOf } from '../../packages/project/dist/index.js';
import type { ExpectedFinding } from './fixture-cases.js';

export { applyFixes, RULE_IDS };

const BOM = '\uFEFF';

/** Runs `edit` on the text without its BOM (ESLint strips it before parsing) and puts the BOM back. */
export function withoutBom(raw: string, edit: (text: string) => string): string {
  const bom = raw.startsWith(BOM) ? BOM : '';
  return bom + edit(raw.slice(bom.length));
}

export function stripBom(raw: string): string {
  return raw.startsWith(BOM) ? raw.slice(1) : raw;
}

/** Every finding of every rule, with the runtime facts the project layer finds for the file; `text` has no BOM. */
export function engineFindings(text: string, filename: string): Finding[] {
  const { ast, scopeManager } = parseForEngine(text, filename);
  return analyze({ ast, scopeManager, text, filename, runtime: runtimeOf({ path: filename, text }) });
}

export function asExpected(finding: Finding): ExpectedFinding {
  const { start, end } = finding.loc;
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    line: start.line,
    column: start.column + 1,
    endLine: end.line,
    endColumn: end.column + 1,
  };
}

/** What the codemod writes: every fix and suggestion applied until nothing changes, then the constants left unread removed. */
export function migrateWithEngine(raw: string, filename: string): string {
  return withoutBom(raw, (text) => {
    const result = fixUntilStable(text, (current) =>
      fixesOf(current, engineFindings(current, filename), ['safe', 'needs-review']),
    );
    return withoutConstantsLeftUnread(text, result.text, filename);
  });
}

/**
 * `after` (fixed from `before`) without the constants the fixes together left unread, as the codemod removes them
 * last (each fix alone removes only what it alone orphans; in an editor, no-unused-vars flags the rest).
 */
export function withoutConstantsLeftUnread(before: string, after: string, filename: string): string {
  if (after === before) return after;
  const readBefore = constantsRead({ ...parseForEngine(before, filename), text: before });
  const removals = constantsLeftUnread({ ...parseForEngine(after, filename), text: after }, readBefore);
  return removals.length === 0 ? after : applyFixes(after, [mergeEdits(after, removals)]).text;
}
