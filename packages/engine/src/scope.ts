import type { TSESTree } from '@typescript-eslint/types';
import type { Scope, ScopeManager, Variable } from '@typescript-eslint/scope-manager';
import { unwrap, type Node, type ParentMap, requiredModule, staticKeyName } from './ast.js';
import { homeOf, isForeign } from './modules/home.js';
import type { ModuleLink } from './modules/linker.js';

/** Where an identifier's value comes from, as far as one file can tell. */
export type Binding =
  | { kind: 'value'; node: Node; variable: Variable }
  | { kind: 'import'; module: string; imported: string; variable: Variable }
  | { kind: 'param'; variable: Variable }
  | { kind: 'unknown'; variable?: Variable };

export class Scopes {
  constructor(
    private readonly manager: ScopeManager,
    private readonly parents: ParentMap,
    /** Follows imports of the project's own modules; without it an import stays an `import` binding. */
    private readonly modules?: ModuleLink,
  ) {}

  /** Every variable the file declares, in every scope. */
  allVariables(): readonly Variable[] {
    return this.manager.variables;
  }

  /** The innermost scope that contains `node` (what ESLint's `sourceCode.getScope` returns). */
  scopeOf(node: Node): Scope {
    for (let current: Node | undefined = node; current; current = this.parents.get(current)) {
      const scope = this.manager.acquire(current, true);
      if (scope) return scope.type === 'function-expression-name' ? scope.childScopes[0]! : scope;
    }
    return this.manager.globalScope!;
  }

  /** The variable a name would refer to if it were written at `node`. */
  lookup(node: Node, name: string): Variable | undefined {
    for (let s: Scope | null = this.scopeOf(node); s; s = s.upper) {
      const variable = s.set.get(name);
      if (variable) return variable;
    }
    return undefined;
  }

  variableOf(identifier: TSESTree.Identifier): Variable | undefined {
    const home = homeOf(identifier)?.scopes;
    if (home && home !== this) return home.variableOf(identifier);
    const scope = this.scopeOf(identifier);
    const reference = scope.references.find((ref) => ref.identifier === identifier);
    if (reference) return reference.resolved ?? undefined;
    for (let s: Scope | null = scope; s; s = s.upper) {
      const variable = s.set.get(identifier.name);
      if (variable) return variable;
    }
    return undefined;
  }

  /** Follows one identifier to the value it holds when that value is set exactly once. */
  binding(identifier: TSESTree.Identifier): Binding {
    // A name read in another module means what it means there.
    const home = homeOf(identifier)?.scopes;
    if (home && home !== this) return home.binding(identifier);
    return this.followImport(this.localBinding(identifier));
  }

  /** What `require('./m')` written in this file evaluates to, when the module is the project's own and readable. */
  required(call: Node): Node | undefined {
    const home = homeOf(call)?.scopes;
    if (home && home !== this) return home.required(call);
    const module = requiredModule(call);
    return module === undefined ? undefined : this.modules?.exported(module, 'default');
  }

  /**
   * An import of one of the project's modules, continued into that module: the exported value as a `value`
   * binding (the local variable is kept, so uses in this file are still found). Packages and modules the host
   * cannot give stay `import` bindings.
   */
  private followImport(binding: Binding): Binding {
    if (binding.kind !== 'import' || !this.modules) return binding;
    const exported = this.modules.exported(binding.module, binding.imported);
    if (!exported) return binding;
    if (exported.type !== 'Identifier') return { kind: 'value', node: exported, variable: binding.variable };
    const inner = this.binding(exported);
    if (inner.kind === 'value' || inner.kind === 'import') return { ...inner, variable: binding.variable };
    return binding;
  }

  private localBinding(identifier: TSESTree.Identifier): Binding {
    const variable = this.variableOf(identifier);
    if (!variable) return { kind: 'unknown' };
    const def = variable.defs[0];
    if (!def) return { kind: 'unknown', variable };
    switch (def.type) {
      case 'ImportBinding':
        return importBinding(def.node, def.parent, variable);
      case 'Parameter':
        return { kind: 'param', variable };
      case 'Variable':
        return this.variableBinding(def.node, identifier.name, variable);
      case 'FunctionName':
      case 'ClassName':
        return { kind: 'value', node: def.node, variable };
      default:
        return { kind: 'unknown', variable };
    }
  }

  private variableBinding(declarator: TSESTree.VariableDeclarator, name: string, variable: Variable): Binding {
    const writes = variable.references.filter((ref) => ref.isWrite());
    const init = declarator.init;
    // `let x; x = value` and `let x = a; x = b` are only followed when there is a single write.
    if (writes.length > 1) return { kind: 'unknown', variable };
    const value = init ?? writes[0]?.writeExpr ?? undefined;
    if (!value) return { kind: 'unknown', variable };
    if (declarator.id.type === 'Identifier') {
      const module = requiredModule(value);
      if (module) return { kind: 'import', module, imported: 'default', variable };
      return { kind: 'value', node: value, variable };
    }
    if (declarator.id.type === 'ObjectPattern' && init) {
      const key = destructuredKey(declarator.id, name);
      if (key === undefined) return { kind: 'unknown', variable };
      const module = requiredModule(init);
      if (module) return { kind: 'import', module, imported: key, variable };
      return { kind: 'value', node: syntheticMember(init, key), variable };
    }
    return { kind: 'unknown', variable };
  }
}

function importBinding(node: Node, parent: Node | null, variable: Variable): Binding {
  const module = parent?.type === 'ImportDeclaration' ? parent.source.value : '';
  if (node.type === 'ImportSpecifier') {
    const imported = node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
    return { kind: 'import', module, imported, variable };
  }
  if (node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') {
    return { kind: 'import', module, imported: node.type === 'ImportDefaultSpecifier' ? 'default' : '*', variable };
  }
  if (node.type === 'TSImportEqualsDeclaration' && node.moduleReference.type === 'TSExternalModuleReference') {
    const expr = node.moduleReference.expression;
    return { kind: 'import', module: expr.type === 'Literal' ? String(expr.value) : '', imported: '*', variable };
  }
  return { kind: 'unknown', variable };
}

function destructuredKey(pattern: TSESTree.ObjectPattern, name: string): string | undefined {
  for (const prop of pattern.properties) {
    if (prop.type !== 'Property') continue;
    const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
    if (value.type === 'Identifier' && value.name === name) return staticKeyName(prop.key, prop.computed);
  }
  return undefined;
}

const madeUp = new WeakSet<Node>();

/**
 * Nodes with no source text in the file being analysed, never edited: nodes the engine made up, and nodes read
 * from another module.
 */
export const syntheticNodes = {
  add: (node: Node): void => void madeUp.add(node),
  has: (node: Node): boolean => madeUp.has(node) || isForeign(node),
};

/**
 * `const { KEY } = process.env` binds KEY to `process.env.KEY`; the engine models that as a member expression
 * that exists only in memory (it has the range of the declaration's initializer, so it is never edited).
 */
function syntheticMember(object: Node, key: string): TSESTree.MemberExpression {
  const target = unwrap(object) as TSESTree.Expression;
  // One node per initializer and key, so that code that follows values can tell it met this one before
  // (`const { grpc } = grpc` leads back to itself).
  const made = syntheticMembers.get(target)?.get(key);
  if (made) return made;
  const member = {
    type: 'MemberExpression',
    object: target,
    property: { type: 'Identifier', name: key, range: target.range } as TSESTree.Identifier,
    computed: false,
    optional: false,
    range: target.range,
  } as unknown as TSESTree.MemberExpression;
  syntheticNodes.add(member);
  if (!syntheticMembers.has(target)) syntheticMembers.set(target, new Map());
  syntheticMembers.get(target)!.set(key, member);
  return member;
}

const syntheticMembers = new WeakMap<Node, Map<string, TSESTree.MemberExpression>>();
