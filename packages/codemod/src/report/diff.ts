import { createTwoFilesPatch } from 'diff';
import pc from 'picocolors';

const MASK = '[REDACTED]';

/**
 * A unified diff of one file, with every hard-coded secret the engine found replaced by a mask (on removed,
 * added and context lines alike), coloured only when `color` is set.
 */
export function renderDiff(file: string, before: string, after: string, secretRanges: readonly [number, number][], color: boolean): string {
  let patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  for (const secret of secretValues(before, secretRanges)) patch = patch.replaceAll(secret, MASK);
  if (!color) return patch;
  const c = pc.createColors(true);
  return patch
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      if (line.startsWith('@@')) return c.cyan(line);
      return line;
    })
    .join('\n');
}

/** The text inside each secret literal's quotes, and the token alone when it starts with `Key `. */
function secretValues(text: string, ranges: readonly [number, number][]): string[] {
  const values = ranges.flatMap(([start, end]) => {
    const inner = text.slice(start + 1, end - 1);
    return [inner, inner.replace(/^key\s+/i, '')];
  });
  // Longest first, so a value is masked whole before any part of it is.
  return [...new Set(values)].filter((v) => v.length >= 8).sort((a, b) => b.length - a.length);
}
