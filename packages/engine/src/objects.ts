import type { TSESTree } from '@typescript-eslint/types';
import { forEachChild, memberPath, propertyName, staticKeyName, unwrap, type Node } from './ast.js';
import type { Scopes } from './scope.js';

const MAX_DEPTH = 8;

export interface FoundProperty {
  object: TSESTree.ObjectExpression;
  property: TSESTree.Property;
  value: Node;
}

/** Follows values through constants, `JSON.stringify`, spreads and small local helpers that return an object. */
export class Objects {
  constructor(private readonly scopes: Scopes) {}

  /** The expression a value comes from: identifiers are followed to their single assignment. */
  resolve(raw: Node, depth = 0): Node {
    const node = unwrap(raw);
    if (depth > MAX_DEPTH) return node;
    if (node.type === 'Identifier') {
      const binding = this.scopes.binding(node);
      if (binding.kind === 'value' && !isFunction(binding.node)) return this.resolve(binding.node, depth + 1);
      return node;
    }
    if (node.type === 'MemberExpression') {
      const value = this.memberValue(node, depth);
      return value ? this.resolve(value, depth + 1) : node;
    }
    if (node.type === 'CallExpression') {
      const returned = this.scopes.required(node) ?? this.returnedValue(node, depth);
      return returned ? this.resolve(returned, depth + 1) : node;
    }
    if (node.type === 'AwaitExpression') return this.resolve(node.argument, depth + 1);
    return node;
  }

  /** The object literal a value is, or is the JSON text of. */
  asObject(raw: Node, depth = 0): TSESTree.ObjectExpression | undefined {
    const node = this.resolve(raw, depth);
    if (node.type === 'ObjectExpression') return node;
    if (node.type === 'CallExpression' && isJsonStringify(node) && node.arguments[0]) {
      return this.asObject(node.arguments[0], depth + 1);
    }
    return undefined;
  }

  /** `name` in an object literal, looking through `...spread` sources; the last definition wins, as at run time. */
  property(object: TSESTree.ObjectExpression, name: string, depth = 0): FoundProperty | undefined {
    for (let i = object.properties.length - 1; i >= 0; i--) {
      const prop = object.properties[i]!;
      if (prop.type === 'Property') {
        if (propertyName(prop) === name) return { object, property: prop, value: prop.value };
      } else if (depth < MAX_DEPTH) {
        const source = this.asObject(prop.argument, depth + 1);
        const found = source && this.property(source, name, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** The first of several spellings of a key (`Authorization` / `authorization`, `user_app_id` / `userAppId`). */
  anyProperty(object: TSESTree.ObjectExpression, names: readonly string[]): FoundProperty | undefined {
    for (const name of names) {
      const found = this.property(object, name);
      if (found) return found;
    }
    const lower = new Set(names.map((n) => n.toLowerCase()));
    for (const prop of object.properties) {
      if (prop.type === 'Property' && lower.has(propertyName(prop)?.toLowerCase() ?? '')) {
        return { object, property: prop, value: prop.value };
      }
    }
    return undefined;
  }

  /** `config.key` where `config` is an object literal in this file. */
  memberValue(member: TSESTree.MemberExpression, depth = 0): Node | undefined {
    const name = staticKeyName(member.property, member.computed);
    if (name === undefined || depth > MAX_DEPTH) return undefined;
    const object = this.asObject(member.object, depth + 1);
    return object ? this.property(object, name, depth + 1)?.value : undefined;
  }

  /** What a call to a local function returns, when the function has a single `return` (or an expression body). */
  returnedValue(call: TSESTree.CallExpression, depth = 0): Node | undefined {
    if (depth > MAX_DEPTH || call.callee.type !== 'Identifier') return undefined;
    const binding = this.scopes.binding(call.callee);
    const fn = binding.kind === 'value' ? unwrap(binding.node) : undefined;
    if (!fn || !isFunction(fn)) return undefined;
    if (fn.body.type !== 'BlockStatement') return fn.body;
    const returns = collectReturns(fn.body);
    return returns.length === 1 ? (returns[0]!.argument ?? undefined) : undefined;
  }
}

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function isFunction(node: Node): node is FunctionNode {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
  );
}

export function isJsonStringify(call: TSESTree.CallExpression): boolean {
  const path = memberPath(call.callee);
  return path?.length === 2 && path[0] === 'JSON' && path[1] === 'stringify';
}

/** Return statements of one function body, not of functions nested in it. */
function collectReturns(body: TSESTree.BlockStatement): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'ReturnStatement') found.push(node);
    if (isFunction(node) || node.type === 'ClassBody') return;
    forEachChild(node, visit);
  };
  body.body.forEach(visit);
  return found;
}
