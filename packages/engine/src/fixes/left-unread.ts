import type { Variable } from '@typescript-eslint/scope-manager';
import { ParentMap } from '../ast.js';
import type { EngineInput, TextEdit } from '../types.js';
import { declaratorOf, removable, removalEdits, withoutOrphans } from './orphans.js';

/**
 * Each fix removes the constants that it alone leaves unread; a constant that several fixed calls read (one
 * `API_KEY` for three calls) is left unread only by all of them together. A host that applies every fix (the
 * codemod) keeps, before fixing, the constants the text reads, and removes, once all fixes are applied, those that
 * no code reads any more (and what only they read), as one more edit.
 */
export function constantsRead(input: Pick<EngineInput, 'ast' | 'scopeManager' | 'text'>): Set<string> {
  const parents = new ParentMap(input.ast, () => {});
  return new Set(constants(input).filter((v) => removable(v, parents) && v.references.some((ref) => ref.isRead())).map((v) => keyOf(input.text, v)));
}

/** The removals of the constants `readBefore` lists that the text no longer reads; none when every one is still read. */
export function constantsLeftUnread(input: Pick<EngineInput, 'ast' | 'scopeManager' | 'text'>, readBefore: ReadonlySet<string>): TextEdit[] {
  const parents = new ParentMap(input.ast, () => {});
  const unread = constants(input).filter(
    (v) => readBefore.has(keyOf(input.text, v)) && removable(v, parents) && !v.references.some((ref) => ref.isRead()),
  );
  if (unread.length === 0) return [];
  const removals = removalEdits(input.text, unread.map(declaratorOf), parents);
  return withoutOrphans(input.text, input.scopeManager, parents, removals);
}

function constants({ scopeManager }: Pick<EngineInput, 'scopeManager'>): Variable[] {
  return scopeManager.scopes.flatMap((scope) => scope.variables).filter((v) => v.defs.length === 1 && v.defs[0]!.type === 'Variable');
}

/** A constant by name and declaration text: the same before and after fixes that did not touch its declaration. */
function keyOf(text: string, variable: Variable): string {
  const declarator = declaratorOf(variable);
  return `${variable.name}\0${text.slice(declarator.range[0], declarator.range[1])}`;
}
