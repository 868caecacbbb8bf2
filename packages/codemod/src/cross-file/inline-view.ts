import type { Finding, TextEdit } from '@clarifai-auth/engine';

/**
 * What another file tells the engine about this one: the values that some of its imports bring in.
 * The engine sees one file at a time; to let it follow `import { USER_ID } from './config'`, the import
 * statement is blanked out (a comment of the same length, so every offset and line stays put) and a
 * declaration of the imported value (`const USER_ID = 'my-user';`) is appended after the file's own code.
 */
export interface CrossFileContext {
  /** Import statements (ranges in the file, without BOM) whose bindings the tail declares instead. */
  replaced: [number, number][];
  /** Declarations standing in for the imported values, appended after the file's own text. */
  tail: string;
  /** The files those values come from (relative to the working directory), for the report. */
  from: string[];
}

/** A text the engine analyses, with the parts (blanked imports, appended tail) that no fix may touch. */
export interface View {
  text: string;
  /** Where, in `text` or any text fixed from it, the stand-ins are: edits touching them are not applied. */
  protectedIn(text: string): [number, number][];
  /** The file's own text back from a (fixed) view text. */
  restore(text: string): string;
}

const MARKER = '/*@';

export function plainView(body: string): View {
  return { text: body, protectedIn: () => [], restore: (text) => text };
}

/** The view with stand-ins, or undefined when the file's text cannot carry them faithfully. */
export function inlineView(body: string, context: CrossFileContext): View | undefined {
  if (body.includes(MARKER)) return undefined;
  const blanks: { original: string; blank: string }[] = [];
  let text = body;
  for (const [i, [start, end]] of context.replaced.entries()) {
    const original = body.slice(start, end);
    const blank = blankOut(original, `${MARKER}${i}@`);
    if (!blank) return undefined;
    blanks.push({ original, blank });
    text = text.slice(0, start) + blank + text.slice(end);
  }
  const tail = `\n${context.tail}`;
  text += tail;
  return {
    text,
    protectedIn(t) {
      const ranges = blanks.map(({ blank }): [number, number] => {
        const at = t.indexOf(blank);
        return [at, at + blank.length];
      });
      return [...ranges, [t.length - tail.length, t.length]];
    },
    restore(t) {
      if (!t.endsWith(tail)) throw new Error('the inlined values were edited');
      let own = t.slice(0, t.length - tail.length);
      for (const { original, blank } of blanks) {
        const at = own.indexOf(blank);
        if (at === -1) throw new Error('an inlined import was edited');
        own = own.slice(0, at) + original + own.slice(at + blank.length);
      }
      return own;
    },
  };
}

/** A block comment as long as `original`, with its line breaks where they were and `marker` in its first line. */
function blankOut(original: string, marker: string): string | undefined {
  const firstBreak = original.search(/[\r\n]/);
  if (original.length < marker.length + 2 || (firstBreak !== -1 && firstBreak < marker.length)) return undefined;
  const middle = original.slice(marker.length, -2).replace(/[^\r\n]/g, ' ');
  return `${marker}${middle}*/`;
}

/**
 * The findings with their fixes' deletions inside the stand-ins dropped: a stand-in is an import in the real
 * file, so the engine's removal of a constant a fix leaves unread (an orphan) does not apply to it.
 */
export function keepingStandIns(findings: Finding[], stand: readonly [number, number][]): Finding[] {
  const inStandIn = ({ range: [start, end], text }: TextEdit) => text === '' && stand.some(([from, to]) => from <= start && end <= to);
  return findings.map((f) => (f.fix?.edits.some(inStandIn) ? { ...f, fix: { ...f.fix, edits: f.fix.edits.filter((e) => !inStandIn(e)) } } : f));
}

/** Whether an edit's range touches any of `ranges` (an insertion at a range's very start does not). */
export function touches([start, end]: [number, number], ranges: readonly [number, number][]): boolean {
  return ranges.some(([from, to]) => (start === end ? start > from && start < to : start < to && end > from));
}
