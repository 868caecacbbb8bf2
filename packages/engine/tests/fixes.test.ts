import { describe, expect, it } from 'vitest';
import { applyFixes, fixUntilStable, mergeEdits } from '../src/index.js';

describe('mergeEdits', () => {
  it('turns the edits of one fix into one replacement, copying the text between them', () => {
    expect(mergeEdits('abcdef', [{ range: [4, 5], text: 'E' }, { range: [1, 2], text: 'B' }])).toEqual({
      range: [1, 5],
      text: 'BcdE',
    });
  });

  it('keeps two insertions at one point in order', () => {
    expect(mergeEdits('ab', [{ range: [1, 1], text: 'x' }, { range: [1, 1], text: 'y' }])).toEqual({ range: [1, 1], text: 'xy' });
  });

  it('refuses overlapping edits', () => {
    expect(() => mergeEdits('abcdef', [{ range: [1, 3], text: '' }, { range: [2, 4], text: '' }])).toThrow(/overlap/);
  });
});

describe('applyFixes', () => {
  it('applies fixes in range order and leaves one that touches an earlier one for the next pass', () => {
    const result = applyFixes('0123456789', [
      { range: [5, 6], text: 'F' },
      { range: [0, 2], text: 'AB' },
      { range: [2, 3], text: 'C' },
    ]);
    expect(result).toEqual({ text: 'AB234F6789', applied: 2 });
  });
});

describe('fixUntilStable', () => {
  it('re-reads fixes after each pass until none apply', () => {
    const fixesFor = (text: string) => {
      const at = text.indexOf('a');
      return at === -1 ? [] : [{ range: [at, at + 1] as [number, number], text: 'b' }];
    };
    expect(fixUntilStable('aaa', fixesFor)).toEqual({ text: 'bbb', passes: 3 });
  });

  it('stops after ten passes', () => {
    expect(fixUntilStable('x', (text) => [{ range: [0, 0], text: String(text.length) }]).passes).toBe(10);
  });
});
