import type { Finding, FixSafety, TextEdit } from './types.js';

/**
 * The edits of one fix as the single replacement ESLint makes of them (its `mergeFixes`): from the first edit's
 * start to the last edit's end, with the untouched text in between copied. Both front ends apply this shape.
 */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const start = sorted[0]!.range[0];
  const end = Math.max(...sorted.map((e) => e.range[1]));
  let result = '';
  let at = start;
  for (const edit of sorted) {
    if (edit.range[0] < at) throw new Error('Edits of one fix overlap');
    result += text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return { range: [start, end], text: result + text.slice(at, end) };
}

/**
 * Applies fixes the way ESLint's SourceCodeFixer does: in order of range, skipping any fix that starts at or
 * before the end of one already taken (it is tried again on the next pass, against the new text).
 */
export function applyFixes(text: string, fixes: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let copied = 0;
  let applied = 0;
  for (const fix of sorted) {
    if (lastEnd >= fix.range[0]) continue;
    output += text.slice(copied, fix.range[0]) + fix.text;
    copied = fix.range[1];
    lastEnd = fix.range[1];
    applied++;
  }
  return { text: output + text.slice(copied), applied };
}

/** Re-fixes until nothing changes (at most `maxPasses`, ESLint's limit), re-reading the fixes after every pass. */
export function fixUntilStable(
  text: string,
  fixesFor: (text: string) => TextEdit[],
  maxPasses = 10,
): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const { text: next, applied } = applyFixes(current, fixesFor(current));
    if (applied === 0 || next === current) return { text: current, passes: pass - 1 };
    current = next;
  }
  return { text: current, passes: maxPasses };
}

/** The merged fix of each finding whose safety is allowed. */
export function fixesOf(text: string, findings: readonly Finding[], allowed: readonly FixSafety[]): TextEdit[] {
  return findings.flatMap((f) => (f.fix && allowed.includes(f.fix.safety) ? [mergeEdits(text, f.fix.edits)] : []));
}
