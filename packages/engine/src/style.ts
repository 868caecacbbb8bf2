import type { TSESTree } from '@typescript-eslint/types';
import type { TextEdit } from './types.js';

/** How the file already writes things, so that inserted code looks like its neighbours. */
export interface CodeStyle {
  quote: "'" | '"';
  /** `process.env.` or `import.meta.env.` */
  envObject: string;
  /** `REACT_APP_`, `VITE_`, `NEXT_PUBLIC_`, ... when the file's env names carry such a prefix. */
  envPrefix: string;
}

const PUBLIC_PREFIXES = ['REACT_APP_', 'VITE_', 'NEXT_PUBLIC_', 'EXPO_PUBLIC_', 'NUXT_PUBLIC_', 'PUBLIC_'];

export function detectStyle(text: string, stringQuotes: string[], envReads: { object: string; name: string }[]): CodeStyle {
  const singles = stringQuotes.filter((q) => q === "'").length;
  const doubles = stringQuotes.length - singles;
  const vite = envReads.some((r) => r.object === 'import.meta.env');
  const envObject = vite ? 'import.meta.env.' : 'process.env.';
  const names = envReads.filter((r) => (vite ? r.object === 'import.meta.env' : true)).map((r) => r.name);
  const clarifaiNames = names.filter((n) => /clarifai/i.test(n));
  const pool = clarifaiNames.length > 0 ? clarifaiNames : names;
  const envPrefix = PUBLIC_PREFIXES.find((p) => pool.some((n) => n.startsWith(p))) ?? (vite ? 'VITE_' : '');
  return { quote: doubles > singles ? '"' : "'", envObject, envPrefix };
}

export function quoteWith(style: CodeStyle, text: string): string {
  const q = style.quote;
  return q + text.replace(/\\/g, '\\\\').replaceAll(q, `\\${q}`) + q;
}

export function envRead(style: CodeStyle, name: string): string {
  return `${style.envObject}${style.envPrefix}${name}`;
}

/** Whether the object writes its keys quoted (`"inputs": [...]`), as JSON-shaped request bodies often do. */
function quotedKeys(object: TSESTree.ObjectExpression): boolean {
  const props = object.properties.filter((p): p is TSESTree.Property => p.type === 'Property');
  return props.length > 0 && props.every((p) => p.key.type === 'Literal');
}

/** A key for `object`, quoted (with the object's own quote character) when the object quotes its keys. */
export function keyText(object: TSESTree.ObjectExpression, name: string, style: CodeStyle): string {
  if (!quotedKeys(object)) return name;
  const first = object.properties.find((p): p is TSESTree.Property => p.type === 'Property')!;
  const quote = (first.key as TSESTree.StringLiteral).raw[0] === '"' ? '"' : "'";
  return quoteWith({ ...style, quote }, name);
}

/** An object literal's text for `{ a: b, c: d }`, with keys quoted like the object it goes into. */
export function objectText(
  into: TSESTree.ObjectExpression,
  entries: [string, string][],
  style: CodeStyle,
): string {
  return `{ ${entries.map(([k, v]) => `${keyText(into, k, style)}: ${v}`).join(', ')} }`;
}

/** The indentation and line break of the line that holds `offset`, for code inserted on a line of its own. */
export function lineLayout(text: string, offset: number): { indent: string; newline: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { indent: /^[ \t]*/.exec(text.slice(lineStart))![0], newline: text[lineStart - 2] === '\r' ? '\r\n' : '\n' };
}

function renderEntries(object: TSESTree.ObjectExpression, entries: [string, string][], style: CodeStyle): string[] {
  return entries.map(([k, v]) => `${keyText(object, k, style)}: ${v}`);
}

/** Whether the object is laid out one property per line (its first property is not on the `{` line). */
function onePerLine(object: TSESTree.ObjectExpression): boolean {
  const first = object.properties[0];
  return first !== undefined && first.loc.start.line > object.loc.start.line;
}

/**
 * Inserts `key: value` entries before the first property of an object literal, on their own lines when the
 * object is laid out one property per line, so that formatting and comments around them are kept.
 */
export function insertFirstProperties(
  object: TSESTree.ObjectExpression,
  entries: [string, string][],
  text: string,
  style: CodeStyle,
): TextEdit {
  const rendered = renderEntries(object, entries, style);
  const first = object.properties[0];
  if (!first) return { range: [object.range[0] + 1, object.range[1] - 1], text: ` ${rendered.join(', ')} ` };
  // Comments that lead the first property stay with it: the new entries go before them.
  const gap = text.slice(object.range[0] + 1, first.range[0]);
  const at = object.range[0] + 1 + (gap.length - gap.trimStart().length);
  if (!onePerLine(object)) return { range: [at, at], text: rendered.map((r) => `${r}, `).join('') };
  const { indent, newline } = lineLayout(text, first.range[0]);
  return { range: [at, at], text: rendered.map((r) => `${r},${newline}${indent}`).join('') };
}

export function insertFirstProperty(
  object: TSESTree.ObjectExpression,
  key: string,
  value: string,
  text: string,
  style: CodeStyle,
): TextEdit {
  return insertFirstProperties(object, [[key, value]], text, style);
}

/** Appends `key: value` entries after the last property of an object literal, keeping a trailing comma. */
export function appendProperties(
  object: TSESTree.ObjectExpression,
  entries: [string, string][],
  text: string,
  style: CodeStyle,
): TextEdit {
  const rendered = renderEntries(object, entries, style);
  const last = object.properties[object.properties.length - 1];
  if (!last) return { range: [object.range[0] + 1, object.range[1] - 1], text: ` ${rendered.join(', ')} ` };
  if (!onePerLine(object)) return { range: [last.range[1], last.range[1]], text: `, ${rendered.join(', ')}` };
  const { indent, newline } = lineLayout(text, object.properties[0]!.range[0]);
  const comma = /^\s*,/.exec(text.slice(last.range[1], object.range[1]));
  if (comma) {
    const at = last.range[1] + comma[0].length;
    return { range: [at, at], text: rendered.map((r) => `${newline}${indent}${r},`).join('') };
  }
  return { range: [last.range[1], last.range[1]], text: rendered.map((r) => `,${newline}${indent}${r}`).join('') };
}
