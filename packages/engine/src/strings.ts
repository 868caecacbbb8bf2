import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, unwrap, type Node } from './ast.js';
import type { FileContext } from './context.js';
import { isForeign } from './modules/home.js';
import { iteratedStrings } from './flow/array-callbacks.js';
import type { TextEdit } from './types.js';

/**
 * One piece of a string built from literals, templates, `+` and constants. The engine reads URLs and
 * `Authorization` values through these parts and edits them in place where the source allows it.
 */
export interface StringPart {
  /** The text when it is known statically; undefined when only known at run time. */
  text: string | undefined;
  node: Node;
  /**
   * `inside`: a literal or template chunk written at the call site; its characters can be edited one by one.
   * `whole`: an expression written at the call site; it can only be replaced as a whole.
   * `none`: reached through a constant or helper shared with other code; never edited from here.
   */
  editable: 'inside' | 'whole' | 'none';
  /** For a `whole` part inside a template literal, the `${...}` span to replace with plain text. */
  templateSpan?: [number, number];
  /** Identifier, property and env var names met on the way to the value, nearest first. */
  names: string[];
  /** The environment variable the part reads, when it is `process.env.X` or `import.meta.env.X`. */
  envName?: string;
  /**
   * For a constant read nowhere else (`const URL = '...'` used by this call only): its value as written at its
   * declaration, where an insertion can go without touching any other code.
   */
  definition?: StringValue;
  /** For a run-time part that is an element of a constant array (`MODELS.map((m) => m.id)`), every value it takes. */
  candidates?: string[];
}

export interface StringValue {
  parts: StringPart[];
  /** The whole value with `\0` standing for every run-time piece. */
  text: string;
}

const UNKNOWN = '\0';
const MAX_DEPTH = 8;

export function readString(ctx: FileContext, expr: Node): StringValue {
  const parts = flatten(ctx, expr, true, 0);
  return { parts, text: parts.map((p) => p.text ?? UNKNOWN).join('') };
}

function flatten(ctx: FileContext, raw: Node, directHere: boolean, depth: number): StringPart[] {
  const node = unwrap(raw);
  // Text written in another module is never edited from here.
  const direct = directHere && !isForeign(node);
  const unknown = (names: string[] = [], envName?: string): StringPart[] => [
    { text: undefined, node, editable: direct ? 'whole' : 'none', names, ...(envName ? { envName } : {}) },
  ];
  if (depth > MAX_DEPTH) return unknown();
  switch (node.type) {
    case 'Literal':
      if (typeof node.value !== 'string') return [{ text: String(node.value), node, editable: 'none', names: [] }];
      return [{ text: node.value, node, editable: direct && !node.raw.includes('\\') ? 'inside' : 'none', names: [] }];
    case 'TemplateLiteral':
      return flattenTemplate(ctx, node, direct, depth);
    case 'BinaryExpression':
      if (node.operator !== '+') return unknown();
      return [...flatten(ctx, node.left, direct, depth + 1), ...flatten(ctx, node.right, direct, depth + 1)];
    case 'LogicalExpression':
      // `process.env.PAT || ''` and `PAT ?? fallback`: the left side names the value.
      return node.operator === '&&' ? unknown() : flatten(ctx, node.left, direct, depth + 1);
    case 'Identifier': {
      const binding = ctx.scopes.binding(node);
      if (binding.kind !== 'value') return withCandidates(unknown([node.name]), iteratedStrings(ctx, node));
      const inner = flatten(ctx, binding.node, false, depth + 1);
      const parts = asOnePart(inner, node, direct, node.name);
      const readOnlyHere = binding.variable.references.filter((ref) => ref.isRead()).length === 1;
      if (direct && readOnlyHere && parts.length === 1 && !isForeign(binding.node)) {
        const definitionParts = flatten(ctx, binding.node, true, depth + 1);
        parts[0]!.definition = { parts: definitionParts, text: definitionParts.map((p) => p.text ?? UNKNOWN).join('') };
      }
      return parts;
    }
    case 'MemberExpression': {
      const env = ctx.envName(node);
      if (env) return unknown([env], env);
      const path = memberPath(node);
      const last = path?.[path.length - 1];
      const target = ctx.objects.memberValue(node);
      if (target) return asOnePart(flatten(ctx, target, false, depth + 1), node, direct, last);
      return withCandidates(unknown(last ? [last] : []), iteratedStrings(ctx, node));
    }
    case 'CallExpression': {
      const path = memberPath(node.callee);
      const last = path?.[path.length - 1];
      const returned = ctx.objects.returnedValue(node);
      if (returned) return asOnePart(flatten(ctx, returned, false, depth + 1), node, direct, last);
      return unknown(last ? [last] : []);
    }
    default:
      return unknown();
  }
}

function withCandidates(parts: StringPart[], candidates: string[] | undefined): StringPart[] {
  return candidates ? parts.map((p) => ({ ...p, candidates })) : parts;
}

function flattenTemplate(ctx: FileContext, node: TSESTree.TemplateLiteral, direct: boolean, depth: number): StringPart[] {
  const parts: StringPart[] = [];
  node.quasis.forEach((quasi, i) => {
    const cooked = quasi.value.cooked ?? '';
    if (cooked !== '') {
      parts.push({
        text: cooked,
        node: quasi,
        editable: direct && quasi.value.raw === cooked ? 'inside' : 'none',
        names: [],
      });
    }
    const expr = node.expressions[i];
    if (!expr) return;
    const next = node.quasis[i + 1]!;
    const span: [number, number] = [quasi.range[1] - 2, next.range[0] + 1];
    for (const part of flatten(ctx, expr, direct, depth + 1)) {
      parts.push(part.editable === 'whole' && part.node === unwrap(expr) ? { ...part, templateSpan: span } : part);
    }
  });
  return parts;
}

/** A constant used by name: one part when its text is fully known, else its pieces, none of them editable. */
function asOnePart(inner: StringPart[], node: Node, direct: boolean, name: string | undefined): StringPart[] {
  const names = name ? [name] : [];
  if (inner.length > 0 && inner.every((p) => p.text !== undefined)) {
    return [
      {
        text: inner.map((p) => p.text).join(''),
        node,
        editable: direct ? 'whole' : 'none',
        names: [...names, ...inner.flatMap((p) => p.names)],
      },
    ];
  }
  if (inner.length === 1) {
    const only = inner[0]!;
    return [{ ...only, node, editable: direct ? 'whole' : 'none', names: [...names, ...only.names] }];
  }
  return inner.map((p) => ({ ...p, editable: 'none' as const, names: [...names, ...p.names] }));
}

/** Maps a character index of `value.text` to the part that holds it. */
function locate(value: StringValue, index: number): { part: StringPart; offset: number; start: number } | undefined {
  let start = 0;
  for (const part of value.parts) {
    const length = (part.text ?? UNKNOWN).length;
    if (index < start + length) return { part, offset: index - start, start };
    start += length;
  }
  return undefined;
}

/** Source offset of the first character of an `inside` part's text. */
function textStart(part: StringPart): number {
  // A string literal or a template chunk starts one delimiter (`'`, `"`, `` ` `` or `}`) before its text.
  return part.node.range[0] + 1;
}

/**
 * Edits that insert `insert` before character `index` of the value: inside the literal written here, inside the
 * declaration of a constant read only here, or else by writing a constant's known value out at this use
 * (so code that shares the constant keeps it). Undefined when the source cannot take it.
 */
export function insertIntoString(
  value: StringValue,
  index: number,
  insert: string,
  quote: (text: string) => string,
): TextEdit[] | undefined {
  const at = locate(value, index);
  if (at?.part.definition) return insertIntoString(at.part.definition, at.offset, insert, quote);
  if (!at) return undefined;
  const { part, offset } = at;
  if (part.editable === 'whole' && part.text !== undefined) {
    const text = part.text.slice(0, offset) + insert + part.text.slice(offset);
    return [part.templateSpan ? { range: part.templateSpan, text } : { range: part.node.range, text: quote(text) }];
  }
  if (part.editable !== 'inside') return undefined;
  const pos = textStart(part) + offset;
  return [{ range: [pos, pos], text: insert }];
}

/** Edits that replace characters [from, to) of the value with `replacement`. */
export function replaceInString(
  value: StringValue,
  from: number,
  to: number,
  replacement: string,
  quote: (text: string) => string,
): TextEdit[] | undefined {
  const at = locate(value, from);
  if (!at) return undefined;
  const { part, offset, start } = at;
  const length = (part.text ?? UNKNOWN).length;
  if (to > start + length) return undefined;
  if (part.editable === 'inside') {
    const pos = textStart(part) + offset;
    return [{ range: [pos, pos + (to - from)], text: replacement }];
  }
  if (part.editable === 'whole' && offset === 0 && to === start + length) {
    if (part.templateSpan) return [{ range: part.templateSpan, text: replacement }];
    return [{ range: part.node.range, text: quote(replacement) }];
  }
  return undefined;
}

/** A piece of inserted string content: plain text, or an expression whose value goes there at run time. */
export type Piece = { text: string } | { code: string };

/**
 * Edits that insert text and run-time values before character `index`: as `${code}` in a template literal, or
 * by turning a plain string literal into a concatenation.
 */
export function insertPiecesIntoString(
  value: StringValue,
  index: number,
  pieces: Piece[],
  quote: (text: string) => string,
): TextEdit[] | undefined {
  const at = locate(value, index);
  if (at?.part.definition) return insertPiecesIntoString(at.part.definition, at.offset, pieces, quote);
  if (!at || at.part.editable !== 'inside') return undefined;
  const { part, offset } = at;
  if (part.node.type === 'TemplateElement') {
    const text = pieces.map((p) => ('code' in p ? `\${${p.code}}` : p.text)).join('');
    const pos = textStart(part) + offset;
    return [{ range: [pos, pos], text }];
  }
  const literal = part.text ?? '';
  const chunks: Piece[] = [{ text: literal.slice(0, offset) }, ...pieces, { text: literal.slice(offset) }];
  const merged: Piece[] = [];
  for (const chunk of chunks) {
    const last = merged[merged.length - 1];
    if ('text' in chunk && chunk.text === '') continue;
    if (last && 'text' in last && 'text' in chunk) merged[merged.length - 1] = { text: last.text + chunk.text };
    else merged.push(chunk);
  }
  const rendered = merged.map((p) => ('code' in p ? p.code : quote(p.text))).join(' + ');
  return [{ range: part.node.range, text: rendered }];
}
