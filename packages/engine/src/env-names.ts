import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, ParentMap, staticKeyName, unwrap, type Node } from './ast.js';
import { Scopes } from './scope.js';
import type { EngineInput } from './types.js';

/** SvelteKit's modules that export the environment as an object named `env`. */
const DYNAMIC_ENV_MODULE = /^\$env\/dynamic\/(?:public|private)$/;

/** `process.env.X` / `import.meta.env.X` (also `['X']`), told apart by their text alone. */
export function envMember(node: TSESTree.MemberExpression): { object: string; name: string } | undefined {
  const path = memberPath(node);
  if (!path) return undefined;
  if (path.length === 3 && path[0] === 'process' && path[1] === 'env') return { object: 'process.env', name: path[2]! };
  if (path.length === 4 && path[0] === 'import' && path[1] === 'meta' && path[2] === 'env') {
    return { object: 'import.meta.env', name: path[3]! };
  }
  return undefined;
}

/**
 * The env var a node reads: `process.env.X`, `import.meta.env.X`, or `e.X` where `e` is SvelteKit's `env` imported
 * from `$env/dynamic/*` under any local name (`['X']` too) → 'X'.
 */
export function envNameOf(node: Node, scopes: Scopes): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'MemberExpression') return undefined;
  const read = envMember(n);
  if (read) return read.name;
  const name = staticKeyName(n.property, n.computed);
  if (name === undefined || n.object.type !== 'Identifier') return undefined;
  const binding = scopes.binding(n.object);
  return binding.kind === 'import' && DYNAMIC_ENV_MODULE.test(binding.module) && binding.imported === 'env' ? name : undefined;
}

/**
 * Every env var the file reads as code (sorted, unique): what `FileContext.envName` recognises, wherever it is
 * written. A name in a comment or a string is not a read.
 */
export function envReadsOf(input: EngineInput): string[] {
  const members: TSESTree.MemberExpression[] = [];
  const parents = new ParentMap(input.ast, (node) => {
    if (node.type === 'MemberExpression') members.push(node);
  });
  // The file alone: whether `env` is SvelteKit's is told by its import, not by following the project's modules.
  const scopes = new Scopes(input.scopeManager, parents);
  const names = new Set<string>();
  for (const member of members) {
    const name = envNameOf(member, scopes);
    if (name !== undefined) names.add(name);
  }
  return [...names].sort();
}
