export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, like ESLint's columns. */
  column: number;
}

export interface LineMap {
  at(offset: number): Position;
  /** A 1-based position inside the block that starts at `offset`, as a position in the file. */
  fromBlock(offset: number, line: number, column: number): Position;
}

/** Positions in a text whose line breaks are `\n`, `\r\n` or a lone `\r`, as ESLint and TypeScript count them. */
export function lineMap(text: string): LineMap {
  const starts = [0];
  for (const match of text.matchAll(/\r\n?|\n|\u2028|\u2029/g)) starts.push(match.index + match[0].length);
  const at = (offset: number): Position => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
  return {
    at,
    fromBlock(offset, line, column) {
      const first = at(offset);
      return { line: first.line + line - 1, column: line === 1 ? first.column + column - 1 : column };
    },
  };
}
