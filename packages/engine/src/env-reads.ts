import { forEachChild, type Node } from './ast.js';
import type { FileContext } from './context.js';
import type { CallSite } from './sites/site.js';

const MAX_DEPTH = 8;

/**
 * The environment variables a file's Clarifai calls read for their credential and owner, following constants.
 * What a migrated file needs set where it runs: a variable read only by code no call uses any more is not in it.
 */
export function envReadsOfCalls(ctx: FileContext, sites: readonly CallSite[]): string[] {
  const names = new Set<string>();
  for (const site of sites) {
    if (site.credential.carrier) collectEnvReads(ctx, site.credential.carrier, names, new Set(), 0);
    if (site.owner.kind === 'named') {
      for (const part of [site.owner.user, site.owner.app]) if (part.envName) names.add(part.envName);
    }
  }
  return [...names].sort();
}

function collectEnvReads(ctx: FileContext, node: Node, names: Set<string>, seen: Set<Node>, depth: number): void {
  if (seen.has(node) || depth > MAX_DEPTH) return;
  seen.add(node);
  const env = node.type === 'MemberExpression' ? ctx.envName(node) : undefined;
  if (env) {
    names.add(env);
    return;
  }
  if (node.type === 'Identifier') {
    const binding = ctx.scopes.binding(node);
    if (binding.kind === 'value') collectEnvReads(ctx, binding.node, names, seen, depth + 1);
    return;
  }
  forEachChild(node, (child) => collectEnvReads(ctx, child, names, seen, depth));
}
