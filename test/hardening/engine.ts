// The engine as every hardening test drives it: the built package (the same code the ESLint plugin and the
// codemod load), with the BOM handling and fix loop that docs/ENGINE.md prescribes for hosts other than ESLint.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  analyze,
  applyFixes,
  fixesOf,
  fixUntilStable,
  isParseError,
  mergeEdits,
  mightCallClarifai,
  parseForEngine,
  RULE_IDS,
  RULE_META,
} from '../../packages/engine/dist/index.js';
import type { Finding, RuleId } from '../../packages/engine/dist/index.js';

export { analyze, applyFixes, fixesOf, fixUntilStable, isParseError, mergeEdits, mightCallClarifai, parseForEngine, RULE_IDS, RULE_META };
export type { Finding, RuleId };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CODEMOD_BIN = fileURLToPath(new URL('../../packages/codemod/bin/clarifai-codemod.js', import.meta.url));
export const requireFromRoot = createRequire(new URL('../../package.json', import.meta.url));

/** Rules that never carry a fix: their findings may stay after a migration. */
export const REPORT_ONLY: ReadonlySet<RuleId> = new Set(
  RULE_IDS.filter((id) => !RULE_META[id].fixable && !RULE_META[id].hasSuggestions),
);

const BOM = '\uFEFF';

/** Every finding of a file's text (no BOM). */
export function findingsFor(text: string, filename: string): Finding[] {
  if (!mightCallClarifai(text)) return [];
  const { ast, scopeManager } = parseForEngine(text, filename);
  return analyze({ ast, scopeManager, text, filename });
}

/** The file after every fix and suggestion, applied until stable, the way the codemod writes it (BOM kept). */
export function migrate(text: string, filename: string): { text: string; passes: number } {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  const out = fixUntilStable(body, (t) => fixesOf(t, findingsFor(t, filename), ['safe', 'needs-review']));
  return { text: bom ? BOM + out.text : out.text, passes: out.passes };
}

