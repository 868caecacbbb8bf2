// Mutations that keep a file parseable most of the time, so that the fuzzer's mutants reach the engine's analysis
// and fixes instead of stopping at the parser: AST-aware ones (drop an object property or a statement, swap two
// call arguments, replace an expression with another of the file) and token-level ones that keep the token's kind
// (another string's or identifier's text, a Clarifai-flavoured string edit).
import { parse } from '@typescript-eslint/typescript-estree';

const usesJsx = (filename) => !/\.(?:ts|mts|cts)$/i.test(filename);

/** Nodes worth mutating, by what can be done to them; empty when the file does not parse. */
export function shapeNodes(text, filename) {
  let ast;
  try {
    ast = parse(text, { range: true, jsx: usesJsx(filename), filePath: filename });
  } catch {
    return undefined;
  }
  const nodes = { properties: [], statements: [], calls: [], expressions: [], strings: [] };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Property' && !node.shorthand) nodes.properties.push(node.range);
    if (/Statement$|^VariableDeclaration$/.test(node.type) && node.type !== 'BlockStatement') nodes.statements.push(node.range);
    if ((node.type === 'CallExpression' || node.type === 'NewExpression') && node.arguments.length >= 2) {
      nodes.calls.push(node.arguments.map((a) => a.range));
    }
    if (['Identifier', 'MemberExpression', 'Literal', 'TemplateLiteral', 'CallExpression'].includes(node.type)) {
      nodes.expressions.push(node.range);
    }
    if (node.type === 'Literal' && typeof node.value === 'string') nodes.strings.push(node.range);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent' || key === 'range' || key === 'loc') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return nodes;
}

/** Edits of string contents that matter to the engine: owners, model ids, credential prefixes, URL paths. */
const STRING_EDITS = [
  [/clarifai/g, 'me'],
  [/\bmain\b/g, 'my-app'],
  [/\/users\/[^/'"`]+\/apps\/[^/'"`]+/g, ''],
  [/Key /g, 'Bearer '],
  [/models\//g, 'workflows/'],
  [/api\.clarifai\.com/g, 'api.example.com'],
  [/face-detection|general-image-recognition/g, 'my-model'],
];

/** Replaces a comma-separated element (a property) along with the comma that follows it, when there is one. */
function dropListElement(text, [start, end]) {
  const after = /^\s*,/.exec(text.slice(end));
  return { range: [start, end + (after ? after[0].length : 0)], text: '' };
}

/**
 * One edit that usually keeps the file parseable, or undefined when the file offers nothing of the kind drawn.
 * `tokens` are typescript-estree's, with `type`.
 */
export function shapeEdit(text, nodes, tokens, r) {
  switch (r.int(7)) {
    case 0: {
      if (nodes.properties.length === 0) return undefined;
      return { edit: dropListElement(text, r.pick(nodes.properties)), op: 'drop-property' };
    }
    case 1: {
      if (nodes.statements.length === 0) return undefined;
      const range = r.pick(nodes.statements);
      return r.next() < 0.5
        ? { edit: { range, text: '' }, op: 'drop-statement' }
        : { edit: { range: [range[1], range[1]], text: `\n${text.slice(range[0], range[1])}` }, op: 'repeat-statement' };
    }
    case 2: {
      if (nodes.calls.length === 0) return undefined;
      const args = r.pick(nodes.calls);
      const i = r.int(args.length - 1);
      const [a, b] = [args[i], args[i + 1]];
      // One edit over both arguments, so that the two never count as overlapping.
      return { edit: { range: [a[0], b[1]], text: text.slice(b[0], b[1]) + text.slice(a[1], b[0]) + text.slice(a[0], a[1]) }, op: 'swap-arguments' };
    }
    case 3: {
      if (nodes.expressions.length < 2) return undefined;
      const target = r.pick(nodes.expressions);
      const source = r.pick(nodes.expressions);
      return { edit: { range: target, text: text.slice(source[0], source[1]) }, op: 'replace-expression' };
    }
    case 4: {
      const strings = nodes.strings.filter(([s, e]) => STRING_EDITS.some(([re]) => new RegExp(re).test(text.slice(s, e))));
      if (strings.length === 0) return undefined;
      const range = r.pick(strings);
      const applicable = STRING_EDITS.filter(([re]) => new RegExp(re).test(text.slice(range[0], range[1])));
      const [re, by] = r.pick(applicable);
      return { edit: { range, text: text.slice(range[0], range[1]).replace(re, by) }, op: 'edit-string' };
    }
    default: {
      // A token replaced by another token of the same kind (identifier by identifier, string by string).
      const kinds = tokens.filter((t) => t.type === 'Identifier' || t.type === 'String' || t.type === 'Numeric');
      if (kinds.length === 0) return undefined;
      const t = r.pick(kinds);
      const same = kinds.filter((u) => u.type === t.type);
      const u = r.pick(same);
      return { edit: { range: t, text: text.slice(u[0], u[1]) }, op: 'replace-token-same-kind' };
    }
  }
}
