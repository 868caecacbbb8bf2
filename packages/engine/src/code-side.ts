import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, staticKeyName, type Node } from './ast.js';
import { isServerModule } from './server-modules.js';
import type { RuntimeFacts } from './types.js';

/** Which side a file's own code shows it runs on, whatever its path says; undefined when it shows neither. */
export type CodeSide = 'server' | 'client' | undefined;

/**
 * React's hooks that server components cannot call (React's server build does not export them): a file calling one
 * is client code. `use`, `useId`, `useMemo` and `useCallback` run on the server too, so they say nothing.
 */
const CLIENT_ONLY_HOOKS = new Set([
  'useState',
  'useEffect',
  'useLayoutEffect',
  'useInsertionEffect',
  'useReducer',
  'useRef',
  'useContext',
  'useImperativeHandle',
  'useSyncExternalStore',
  'useTransition',
  'useDeferredValue',
  'useOptimistic',
  'useActionState',
]);

/** `process.argv`: a command-line script, so Node code. */
export function readsArgv(node: TSESTree.MemberExpression): boolean {
  const path = memberPath(node);
  return path?.length === 2 && path[0] === 'process' && path[1] === 'argv';
}

/**
 * `<button onClick={...}>`: an event handler on an HTML element, which only code rendered in the browser can set. On a
 * component (`<Like onLike={like} />`) it may be a server action that a server component passes down: no sign.
 */
export function setsEventHandler(node: TSESTree.JSXOpeningElement): boolean {
  return (
    node.name.type === 'JSXIdentifier' &&
    /^[a-z]/.test(node.name.name) &&
    node.attributes.some((a) => a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier' && /^on[A-Z]/.test(a.name.name) && a.value?.type === 'JSXExpressionContainer')
  );
}

/** What the file's code needs from the engine's walk of it to tell its side. */
export interface CodeFacts {
  imports: readonly { module: string }[];
  calls: readonly TSESTree.CallExpression[];
  readsArgv: boolean;
  hasEventHandlers: boolean;
  /** The module an identifier is imported from (FileContext.moduleOf). */
  moduleOf(node: Node): { module: string; imported: string } | undefined;
}

/**
 * Server code imports a server-only module or reads `process.argv`; client code calls a client-only React hook or
 * sets an event handler on an HTML element. Server wins: a server-only module cannot run in a browser at all.
 */
export function codeSide(code: CodeFacts): CodeSide {
  if (code.readsArgv || code.imports.some((i) => isServerModule(i.module))) return 'server';
  if (code.hasEventHandlers) return 'client';
  const react = code.imports.some((i) => i.module === 'react');
  if (react && code.calls.some((call) => callsClientOnlyHook(call, code))) return 'client';
  return undefined;
}

/** `useState(...)` imported from React (under any local name), or `React.useState(...)`. */
function callsClientOnlyHook(call: TSESTree.CallExpression, code: CodeFacts): boolean {
  const callee = call.callee;
  if (callee.type === 'Identifier') {
    const from = code.moduleOf(callee);
    return from?.module === 'react' && CLIENT_ONLY_HOOKS.has(from.imported);
  }
  if (callee.type !== 'MemberExpression') return false;
  const name = staticKeyName(callee.property, callee.computed);
  return name !== undefined && CLIENT_ONLY_HOOKS.has(name) && code.moduleOf(callee.object)?.module === 'react';
}

/** Where the file runs: the project's answer, or the alternative it gave for the side the file's code shows. */
export function placedBy(runtime: RuntimeFacts | undefined, side: CodeSide): RuntimeFacts | undefined {
  return (side && runtime?.byCode?.[side]) || runtime;
}
