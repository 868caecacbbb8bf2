import type { TSESTree } from '@typescript-eslint/types';
import type { Reference, ScopeManager, Variable } from '@typescript-eslint/scope-manager';
import { unwrap, type Node, type ParentMap } from '../ast.js';
import type { TextEdit } from '../types.js';
import { moduleBinding, type ModuleBinding } from './module-bindings.js';

/**
 * A fix must not orphan what fed the code it replaced: `USER_ID`/`APP_ID` constants once the owner is written at
 * the call, the `API_KEY` constant once the call reads `CLARIFAI_PAT`. This module adds, to a fix's edits, the
 * removal of every constant that the fix leaves unread (and, in turn, of constants only those fed), with the
 * comment that introduced them when that comment speaks only of removed code. A binding that is exported, written
 * after its declaration, unused before the fix, or whose initializer could have an effect is never removed; one
 * that only loads a module keeps loading it, as a bare `require`/`import` (`./module-bindings.ts`).
 */
export function withoutOrphans(text: string, manager: ScopeManager, parents: ParentMap, edits: TextEdit[]): TextEdit[] {
  const removed = edits.filter((e) => e.range[0] < e.range[1]).map((e) => e.range);
  const isGone = (ref: Reference) => {
    const id = ref.identifier;
    if (removed.some(([from, to]) => from <= id.range[0] && id.range[1] <= to)) return true;
    // `{ userId }` made `{ userId: 'clarifai' }` no longer reads `userId`.
    const holder = parents.get(id);
    return holder?.type === 'Property' && holder.shorthand && edits.some((e) => e.range[0] === holder.range[1] && e.text.startsWith(':'));
  };
  const dead = new Set<Variable>();
  const unbound: ModuleBinding[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const variable of candidates(manager, removed)) {
      if (dead.has(variable)) continue;
      const constant = removable(variable, parents);
      const loaded = constant ? undefined : moduleBinding(text, variable, parents);
      if (!constant && !loaded) continue;
      const reads = variable.references.filter((ref) => ref.isRead());
      if (reads.length === 0 || !reads.every(isGone) || rewritten(edits, variable.name)) continue;
      dead.add(variable);
      if (loaded) unbound.push(loaded);
      removed.push(variable.defs[0]!.node.range);
      grew = true;
    }
  }
  if (dead.size === 0) return edits;
  const plain = [...dead].filter((v) => !unbound.some((u) => u.statement === v.defs[0]!.parent));
  const removals = [
    ...removalEdits(text, plain.map(declaratorOf), parents),
    ...unbound.map(({ statement, bare }): TextEdit => ({ range: statement.range, text: bare })),
  ];
  const overlaps = removals.some((r) => edits.some((e) => r.range[0] < e.range[1] && e.range[0] < r.range[1]));
  return overlaps ? edits : [...edits, ...removals];
}

/** Whether the fix's new text names the variable again (SvelteKit's `env` in `env.CLARIFAI_PAT`). */
function rewritten(edits: readonly TextEdit[], name: string): boolean {
  const named = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  return edits.some((e) => named.test(e.text));
}

/** Variables read from inside the removed ranges. */
function candidates(manager: ScopeManager, removed: [number, number][]): Set<Variable> {
  const found = new Set<Variable>();
  for (const scope of manager.scopes) {
    for (const ref of scope.references) {
      const at = ref.identifier.range;
      if (ref.resolved && removed.some(([from, to]) => from <= at[0] && at[1] <= to)) found.add(ref.resolved);
    }
  }
  return found;
}

export function declaratorOf(variable: Variable): TSESTree.VariableDeclarator {
  return variable.defs[0]!.node as TSESTree.VariableDeclarator;
}

/** A plain `const X = <value without effects>` in a statement list, not exported and never reassigned. */
export function removable(variable: Variable, parents: ParentMap): boolean {
  if (variable.defs.length !== 1) return false;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || def.node.id.type !== 'Identifier' || !def.node.init || !def.parent) return false;
  // Svelte's ESLint parser holds a component's script statements in a `SvelteScriptElement` (not an ESTree type).
  const statementList: string | undefined = parents.get(def.parent)?.type;
  if (statementList !== 'Program' && statementList !== 'BlockStatement' && statementList !== 'SvelteScriptElement') return false;
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return false;
  return withoutEffects(def.node.init);
}

function withoutEffects(raw: Node): boolean {
  const node = unwrap(raw);
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every(withoutEffects);
    case 'MemberExpression':
      return withoutEffects(node.object) && (!node.computed || withoutEffects(node.property));
    case 'MetaProperty':
      return true;
    case 'BinaryExpression':
      return node.left.type !== 'PrivateIdentifier' && withoutEffects(node.left) && withoutEffects(node.right);
    case 'LogicalExpression':
      return withoutEffects(node.left) && withoutEffects(node.right);
    case 'ConditionalExpression':
      return withoutEffects(node.test) && withoutEffects(node.consequent) && withoutEffects(node.alternate);
    case 'UnaryExpression':
      return node.operator !== 'delete' && withoutEffects(node.argument);
    case 'ArrayExpression':
      return node.elements.every((e) => e === null || withoutEffects(e.type === 'SpreadElement' ? e.argument : e));
    case 'ObjectExpression':
      return node.properties.every((p) =>
        p.type === 'SpreadElement' ? withoutEffects(p.argument) : !p.computed && withoutEffects(p.value),
      );
    default:
      return false;
  }
}

type Span = [number, number];

/** Edits removing the dead declarators: whole statements (with their lines) or single declarators of a list. */
export function removalEdits(text: string, declarators: TSESTree.VariableDeclarator[], parents: ParentMap): TextEdit[] {
  const byStatement = new Map<TSESTree.VariableDeclaration, Set<TSESTree.VariableDeclarator>>();
  for (const d of declarators) {
    const statement = parents.get(d) as TSESTree.VariableDeclaration;
    if (!byStatement.has(statement)) byStatement.set(statement, new Set());
    byStatement.get(statement)!.add(d);
  }
  const statementSpans: Span[] = [];
  const edits: TextEdit[] = [];
  for (const [statement, dead] of byStatement) {
    if (dead.size === statement.declarations.length) statementSpans.push(lineSpan(text, statement.range));
    else edits.push(...declaratorRemovals(statement, dead));
  }
  const names = declarators.map((d) => squash((d.id as TSESTree.Identifier).name));
  for (const span of statementSpans) {
    const withComment = withLeadingComment(text, span, statementSpans, names);
    edits.push({ range: withoutDoubleBlank(text, withComment, statementSpans), text: '' });
  }
  return edits;
}

/** Runs of dead declarators in `const a = 1, b = 2, c = 3`, each removed with one of its commas. */
function declaratorRemovals(statement: TSESTree.VariableDeclaration, dead: Set<TSESTree.VariableDeclarator>): TextEdit[] {
  const list = statement.declarations;
  const edits: TextEdit[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!dead.has(list[i]!)) continue;
    let j = i;
    while (j + 1 < list.length && dead.has(list[j + 1]!)) j++;
    const range: Span = j + 1 < list.length ? [list[i]!.range[0], list[j + 1]!.range[0]] : [list[i - 1]!.range[1], list[j]!.range[1]];
    edits.push({ range, text: '' });
    i = j;
  }
  return edits;
}

/** The statement's whole lines when nothing else shares them (a trailing `// comment` goes with it). */
function lineSpan(text: string, [start, end]: Span): Span {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (before.trim() !== '' || !/^\s*(\/\/.*)?\s*$/.test(after)) return [start, end];
  return [lineStart, lineEnd];
}

const COMMENT_LINE = /^\s*(\/\/.*|\/\*.*\*\/\s*)$/;

/** `USER_ID`, `user_id` and `userId` all read `userid`, so a comment can be matched to the names it speaks of. */
function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A comment block right above a removed statement goes too when it speaks of a removed binding (`Specify the
 * correct user_id/app_id`) and introduces only removed code: everything from it down to the next blank line,
 * comment or closing brace is removed.
 */
function withLeadingComment(text: string, span: Span, removed: Span[], names: string[]): Span {
  if (span[0] !== text.lastIndexOf('\n', span[0] - 1) + 1) return span;
  let start = span[0];
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!COMMENT_LINE.test(text.slice(previous, start - 1).replace(/\r$/, ''))) break;
    start = previous;
  }
  // A comment that opens the file describes the file, whatever names it mentions.
  if (start === span[0] || text.slice(0, start).trim() === '') return span;
  const comment = squash(text.slice(start, span[0]));
  if (!names.some((name) => comment.includes(name))) return span;
  for (let at = span[1]; at < text.length; ) {
    const next = removed.find((r) => r[0] === at);
    if (next) {
      at = next[1];
      continue;
    }
    const newline = text.indexOf('\n', at);
    const line = text.slice(at, newline === -1 ? text.length : newline).trim();
    if (line === '' || line.startsWith('//') || line.startsWith('/*') || line.startsWith('}')) break;
    return span;
  }
  return [start, span[1]];
}

/** Where a removal leaves two blank lines (or a blank first line), one of them goes too. */
function withoutDoubleBlank(text: string, span: Span, removed: Span[]): Span {
  if (span[0] !== text.lastIndexOf('\n', span[0] - 1) + 1 || text[span[1] - 1] !== '\n') return span;
  let above = span[0];
  for (let r = removed.find((x) => x[1] === above); r; r = removed.find((x) => x[1] === above)) above = r[0];
  const previousLine = text.slice(text.lastIndexOf('\n', above - 2) + 1, above);
  if (above !== 0 && previousLine.trim() !== '') return span;
  if (removed.some((x) => x[0] === span[1])) return span;
  const blank = /^[ \t]*\r?\n/.exec(text.slice(span[1]));
  return blank ? [span[0], span[1] + blank[0].length] : span;
}
