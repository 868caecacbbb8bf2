import type { TSESTree } from '@typescript-eslint/types';
import type { EnvAccess, RuntimeFacts, TextEdit } from './types.js';

/** How the file already writes things, so that inserted code looks like its neighbours. */
export interface CodeStyle {
  quote: "'" | '"';
  /** How a new env read is written; absent where no env read can work (see `RuntimeFacts.env`). */
  env?: EnvAccess;
}

const PUBLIC_PREFIXES = ['REACT_APP_', 'VITE_', 'NEXT_PUBLIC_', 'EXPO_PUBLIC_', 'VUE_APP_', 'NUXT_PUBLIC_', 'PUBLIC_'];
/** Reads every bundler provides whatever the prefix rules: they say nothing about how the file's own variables are read. */
const BUILD_FLAGS = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** `runtime`: where the file runs, for choosing an env style when the file itself has no env read. */
export function detectStyle(stringQuotes: string[], envReads: { object: string; name: string }[], runtime?: RuntimeFacts): CodeStyle {
  const singles = stringQuotes.filter((q) => q === "'").length;
  const doubles = stringQuotes.length - singles;
  const quote = doubles > singles ? '"' : "'";
  // The file's own reads win; with project facts at hand, build flags (`process.env.NODE_ENV`) do not count as such.
  const own = runtime ? envReads.filter((r) => !BUILD_FLAGS.has(r.name)) : envReads;
  if (!runtime) return { quote, env: envOfReads(own, runtime) };
  // Where the project knows no env read works, the file's own reads are undefined there too: no style to copy.
  if (runtime.envless) return { quote };
  return own.length > 0 ? { quote, env: envOfReads(own, runtime) } : runtime.env ? { quote, env: runtime.env } : { quote };
}

/**
 * The env style of the reads a file already has (Node's `process.env.` when it has none). Their names give the
 * prefix; when none carries one, the runtime's prefix for the same object does (else Vite's for `import.meta.env`,
 * except in server code, such as an Astro frontmatter, which reads any name).
 */
function envOfReads(envReads: { object: string; name: string }[], runtime: RuntimeFacts | undefined): EnvAccess {
  const runtimeEnv = runtime?.env;
  const vite = envReads.some((r) => r.object === 'import.meta.env');
  const names = envReads.filter((r) => (vite ? r.object === 'import.meta.env' : true)).map((r) => r.name);
  const clarifaiNames = names.filter((n) => /clarifai/i.test(n));
  const pool = clarifaiNames.length > 0 ? clarifaiNames : names;
  const object = vite ? 'import.meta.env.' : 'process.env.';
  const fallback = runtimeEnv?.object === object ? runtimeEnv.prefix : vite && runtime?.target !== 'server' ? 'VITE_' : '';
  return { object, prefix: PUBLIC_PREFIXES.find((p) => pool.some((n) => n.startsWith(p))) ?? fallback };
}

/** Whether an env var name carries a prefix that bundlers use to put it into the browser bundle. */
export function isPublicEnvName(name: string): boolean {
  return PUBLIC_PREFIXES.some((p) => name.startsWith(p));
}

export function quoteWith(style: CodeStyle, text: string): string {
  const q = style.quote;
  return q + text.replace(/\\/g, '\\\\').replaceAll(q, `\\${q}`) + q;
}

export function envRead(style: CodeStyle, name: string): string | undefined {
  return style.env && `${style.env.object}${style.env.prefix}${name}`;
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
function onePerLine(object: TSESTree.ObjectExpression, text: string): boolean {
  const first = object.properties[0];
  return first !== undefined && /[\n\r\u2028\u2029]/.test(text.slice(object.range[0], first.range[0]));
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
  if (!onePerLine(object, text)) return { range: [at, at], text: rendered.map((r) => `${r}, `).join('') };
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
  if (!onePerLine(object, text)) return { range: [last.range[1], last.range[1]], text: `, ${rendered.join(', ')}` };
  const { indent, newline } = lineLayout(text, object.properties[0]!.range[0]);
  const comma = /^\s*,/.exec(text.slice(last.range[1], object.range[1]));
  if (comma) {
    const at = last.range[1] + comma[0].length;
    return { range: [at, at], text: rendered.map((r) => `${newline}${indent}${r},`).join('') };
  }
  return { range: [last.range[1], last.range[1]], text: rendered.map((r) => `,${newline}${indent}${r}`).join('') };
}
