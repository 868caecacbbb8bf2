import type { Finding } from '@clarifai-auth/engine';
import { diffChars } from 'diff';

/**
 * Maps an offset in `before` to the matching offset in `after`, where `after` was made from `before` by splicing
 * text in (as every engine fix does). An offset inside replaced text maps to where the replacement starts.
 */
export function offsetMapper(before: string, after: string): (offset: number) => number {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Only the middle differs; diffing just that keeps a large file with two small edits cheap.
  const changes = diffChars(before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix));
  const shift = after.length - before.length;
  return (offset) => {
    if (offset < prefix) return offset;
    if (offset >= before.length - suffix) return offset + shift;
    let oldAt = prefix;
    let newAt = prefix;
    for (const change of changes) {
      const length = change.value.length;
      if (change.added) {
        newAt += length;
        continue;
      }
      if (offset < oldAt + length) return change.removed ? newAt : newAt + (offset - oldAt);
      oldAt += length;
      if (!change.removed) newAt += length;
    }
    return newAt;
  };
}

/**
 * For each finding of the original text, whether the output still has it: a finding of the same rule that starts
 * where the original one's start moved to. Anything else the run made go away, by its own fix or another's.
 */
export function stillPresent(before: string, after: string, original: readonly Finding[], remaining: readonly Finding[]): boolean[] {
  if (before === after) return original.map(() => true);
  const map = offsetMapper(before, after);
  const left = new Set(remaining.map((f) => `${f.ruleId}@${f.range[0]}`));
  return original.map((f) => left.has(`${f.ruleId}@${map(f.range[0])}`));
}
