import type { TSESTree } from '@typescript-eslint/types';
import { staticKeyName, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';

/** Array methods whose callback's first parameter is each element in turn. */
const ITERATING = new Set(['map', 'forEach', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex']);

/**
 * The static strings a value can be when it is an element of a constant array literal, or a property of one:
 * `MODELS.map((m) => m.id)`, `for (const id of IDS)`, `Promise.all(LIST.map(({ id }) => ...))` are followed
 * through the array, so a call made once per catalogued model is known to reach those models. Undefined when
 * the value does not come from such an array or an element does not give a static string.
 */
export function iteratedStrings(ctx: FileContext, node: Node): string[] | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') {
    const values = iteratedElements(ctx, n)?.map((e) => stringOf(ctx, e));
    return values?.every(isString) ? values : undefined;
  }
  if (n.type !== 'MemberExpression' || n.object.type !== 'Identifier') return undefined;
  const key = staticKeyName(n.property, n.computed);
  const elements = key === undefined ? undefined : iteratedElements(ctx, n.object);
  if (!elements) return undefined;
  const values = elements.map((e) => {
    const object = ctx.objects.asObject(e);
    const property = object && ctx.objects.property(object, key!);
    return property && stringOf(ctx, property.value);
  });
  return values.every(isString) ? values : undefined;
}

const isString = (value: string | undefined): value is string => value !== undefined;

function stringOf(ctx: FileContext, node: Node): string | undefined {
  const value = ctx.objects.resolve(node);
  return value.type === 'Literal' && typeof value.value === 'string' ? value.value : undefined;
}

/** The elements the variable `id` takes in turn: a callback's first parameter or a `for...of` variable. */
function iteratedElements(ctx: FileContext, id: TSESTree.Identifier): Node[] | undefined {
  const def = ctx.scopes.variableOf(id)?.defs[0];
  if (!def) return undefined;
  if (def.type === 'Parameter') {
    const fn = def.node;
    if (fn.params[0] !== def.name) return undefined;
    const call = ctx.parents.get(fn);
    if (call?.type !== 'CallExpression' || call.arguments[0] !== fn) return undefined;
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || !ITERATING.has(staticKeyName(callee.property, callee.computed) ?? '')) return undefined;
    return arrayElements(ctx, callee.object);
  }
  if (def.type === 'Variable' && def.node.id === def.name && def.parent) {
    const loop = ctx.parents.get(def.parent);
    return loop?.type === 'ForOfStatement' && loop.left === def.parent ? arrayElements(ctx, loop.right) : undefined;
  }
  return undefined;
}

function arrayElements(ctx: FileContext, node: Node): Node[] | undefined {
  const array = ctx.objects.resolve(node);
  if (array.type !== 'ArrayExpression' || array.elements.length === 0) return undefined;
  return array.elements.every((e) => e !== null && e.type !== 'SpreadElement') ? (array.elements as Node[]) : undefined;
}
