import { forEachChild, type Node } from '../ast.js';
import type { FileContext } from '../context.js';

/**
 * The file context of every node read from another module. Value flow that reaches such a node keeps going with
 * that module's scopes, and no fix ever edits it: it has no source text in the file being analysed.
 */
const homes = new WeakMap<Node, FileContext>();

export function adopt(ctx: FileContext): void {
  const visit = (node: Node): void => {
    homes.set(node, ctx);
    forEachChild(node, visit);
  };
  visit(ctx.ast);
}

/** Registers a node the engine made up to stand for part of another module (a namespace object). */
export function adoptSynthetic(node: Node, ctx: FileContext): void {
  homes.set(node, ctx);
}

export function homeOf(node: Node): FileContext | undefined {
  return homes.get(node);
}

export function isForeign(node: Node | undefined): boolean {
  return node !== undefined && homes.has(node);
}
