import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export type Node = TSESTree.Node;

const NOT_CHILDREN = new Set(['parent', 'leadingComments', 'trailingComments', 'loc', 'range']);

/**
 * The keys that hold a node's children. A type typescript-estree does not know comes from another ESLint parser
 * (svelte-eslint-parser's `SvelteScriptElement` holds the script's statements): like eslint-visitor-keys' `getKeys`,
 * every property but the back links is looked at.
 */
function childKeys(node: Node): readonly string[] {
  return visitorKeys[node.type] ?? Object.keys(node).filter((key) => !NOT_CHILDREN.has(key));
}

/**
 * Parent links for every node, built once per file (ESLint sets `parent`, a bare typescript-estree parse does not).
 * A Map, not a WeakMap: it lives exactly as long as the tree, and weak keys cost the garbage collector extra work
 * for every node of every file.
 */
export class ParentMap {
  private readonly parents = new Map<Node, Node>();

  constructor(
    root: TSESTree.Program,
    onNode: (node: Node) => void,
  ) {
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      onNode(node);
      const keys = childKeys(node);
      for (let k = keys.length - 1; k >= 0; k--) {
        const child = (node as unknown as Record<string, unknown>)[keys[k]!];
        if (Array.isArray(child)) {
          for (let i = child.length - 1; i >= 0; i--) this.push(stack, child[i], node);
        } else {
          this.push(stack, child, node);
        }
      }
    }
  }

  private push(stack: Node[], child: unknown, parent: Node): void {
    if (child && typeof (child as Node).type === 'string') {
      this.parents.set(child as Node, parent);
      stack.push(child as Node);
    }
  }

  get(node: Node): Node | undefined {
    return this.parents.get(node);
  }
}

export function forEachChild(node: Node, visit: (child: Node) => void): void {
  for (const key of childKeys(node)) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item.type === 'string') visit(item as Node);
    } else if (child && typeof (child as Node).type === 'string') {
      visit(child as Node);
    }
  }
}

/** Strips `as`, `satisfies`, `!`, `<T>x` and optional-chain wrappers that do not change a value. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a property key or member property: `a.b`, `a['b']`, `{ b: 1 }`, `{ 'b': 1 }`. */
export function staticKeyName(key: Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}


export function propertyName(prop: TSESTree.Property): string | undefined {
  return staticKeyName(prop.key, prop.computed);
}

/** `a.b.c` as ['a', 'b', 'c'] when every link is static; `this` is kept as 'this'. */
export function memberPath(node: Node): string[] | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return [n.name];
  if (n.type === 'ThisExpression') return ['this'];
  if (n.type === 'MetaProperty') return [n.meta.name, n.property.name];
  if (n.type === 'MemberExpression') {
    const name = staticKeyName(n.property, n.computed);
    const head = memberPath(n.object);
    return name !== undefined && head ? [...head, name] : undefined;
  }
  return undefined;
}

export function isStringLiteral(node: Node): node is TSESTree.StringLiteral {
  return node.type === 'Literal' && typeof node.value === 'string';
}

/** `require('x')` → 'x'. */
export function requiredModule(node: Node): string | undefined {
  const n = unwrap(node);
  if (
    n.type === 'CallExpression' &&
    n.callee.type === 'Identifier' &&
    n.callee.name === 'require' &&
    n.arguments.length === 1 &&
    isStringLiteral(n.arguments[0]!)
  ) {
    return (n.arguments[0] as TSESTree.StringLiteral).value;
  }
  return undefined;
}
