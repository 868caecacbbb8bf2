import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';

/** An HTTP request as the engine sees it, whatever library sends it. */
export interface HttpRequest {
  node: TSESTree.CallExpression;
  url?: Node;
  /** A base the URL is relative to (axios `baseURL`, ky `prefixUrl`, request `baseUrl`, a Node `hostname`). */
  base?: Node;
  /** Header objects, later ones overriding earlier ones (instance defaults, then the call's own). */
  headers: Node[];
  /** `Authorization` values set by a method (`headers.append`, superagent `.set`, XHR `setRequestHeader`). */
  authorizationSetters: Node[];
  body?: Node;
}

/** Methods that send no request body (their data, if any, goes into the query string). */
export const NO_BODY = new Set(['get', 'delete', 'head', 'options', 'del']);
export const WITH_BODY = new Set(['post', 'put', 'patch']);

export function isAuthorizationName(ctx: FileContext, node: Node | undefined): boolean {
  if (!node) return false;
  const resolved = ctx.objects.resolve(node);
  return resolved.type === 'Literal' && typeof resolved.value === 'string' && resolved.value.toLowerCase() === 'authorization';
}

/** A request with only the parts that are there. */
export function httpRequest(
  node: TSESTree.CallExpression,
  parts: { url?: Node | undefined; base?: Node | undefined; headers?: (Node | undefined)[]; setters?: Node[]; body?: Node | undefined },
): HttpRequest {
  return {
    node,
    ...(parts.url ? { url: parts.url } : {}),
    ...(parts.base ? { base: parts.base } : {}),
    headers: (parts.headers ?? []).filter((h): h is Node => h !== undefined),
    authorizationSetters: parts.setters ?? [],
    ...(parts.body ? { body: parts.body } : {}),
  };
}

/** An undeclared identifier a `<script>` tag defines on the page (`$`, `jQuery`, `axios`), or `window.<name>`. */
export function isPageGlobal(ctx: FileContext, node: Node, names: readonly string[]): boolean {
  const n = unwrap(node);
  if (n.type === 'Identifier') {
    if (!names.includes(n.name)) return false;
    const binding = ctx.scopes.binding(n);
    return binding.kind === 'unknown' && !binding.variable?.defs.length;
  }
  const path = memberPath(n);
  return path?.length === 2 && path[0] === 'window' && names.includes(path[1]!);
}
