import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, staticKeyName, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { adoptSynthetic } from './home.js';

/** A name another module exports on this module's behalf: `export { a as b } from './x'`, `export * as ns from './x'`. */
interface Reexport {
  specifier: string;
  imported: string;
}

/** How the exports of a module's imports are looked up (the linker, with its cycle and depth bounds). */
export type ExportLookup = (importer: string, specifier: string, name: string) => Node | undefined;

/**
 * What one module exports, read from its AST in the style of eslint-plugin-import-x's ExportMap: for each name,
 * the node that holds its value (an exported declaration's identifier, `export default`'s expression,
 * `module.exports = ...`'s value), names re-exported from other modules, and `export *` sources. Values are
 * followed by the engine's ordinary value flow from those nodes, in this module's scopes.
 */
export class ModuleExports {
  private readonly named = new Map<string, Node>();
  private readonly reexports = new Map<string, Reexport>();
  private readonly stars: string[] = [];
  private defaultValue: Node | undefined;
  /** The module assigns `module.exports`/`exports.x` (or `export =`): `require` and `import *` get that value. */
  private commonJs = false;
  private namespace: TSESTree.ObjectExpression | undefined;

  constructor(
    readonly ctx: FileContext,
    readonly path: string,
  ) {
    for (const statement of ctx.ast.body) this.read(statement);
  }

  /** The node holding export `name` (`default`; `*` for the whole module as `require` or `import *` sees it). */
  lookup(name: string, lookup: ExportLookup): Node | undefined {
    if (name === '*') return this.commonJs && this.defaultValue ? this.defaultValue : this.namespaceObject(lookup);
    if (name === 'default') return this.defaultValue ?? (this.commonJs ? this.namespaceObject(lookup) : undefined);
    const own = this.named.get(name);
    if (own) return own;
    const reexport = this.reexports.get(name);
    if (reexport) return lookup(this.path, reexport.specifier, reexport.imported);
    if (this.commonJs && this.defaultValue) {
      // `module.exports = { a, b: c }` read as `import { a } from` or `const { a } = require(...)`.
      const object = this.ctx.objects.asObject(this.defaultValue);
      const found = object && this.ctx.objects.property(object, name);
      if (found) return found.value;
    }
    for (const specifier of this.stars) {
      const found = lookup(this.path, specifier, name);
      if (found) return found;
    }
    return undefined;
  }

  private read(statement: TSESTree.ProgramStatement): void {
    switch (statement.type) {
      case 'ExportNamedDeclaration':
        this.readNamed(statement);
        break;
      case 'ExportDefaultDeclaration':
        this.defaultValue = statement.declaration;
        break;
      case 'ExportAllDeclaration':
        if (statement.exported) this.reexports.set(exportName(statement.exported), { specifier: statement.source.value, imported: '*' });
        else this.stars.push(statement.source.value);
        break;
      case 'TSExportAssignment':
        this.commonJs = true;
        this.defaultValue = statement.expression;
        break;
      case 'ExpressionStatement':
        if (statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
          this.readAssignment(statement.expression);
        }
        break;
      default:
        break;
    }
  }

  private readNamed(statement: TSESTree.ExportNamedDeclaration): void {
    if (statement.exportKind === 'type') return;
    const declaration = statement.declaration;
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        for (const id of declaredIdentifiers(declarator.id)) this.named.set(id.name, id);
      }
    } else if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) {
      this.named.set(declaration.id.name, declaration.id);
    }
    for (const specifier of statement.specifiers) {
      if (specifier.exportKind === 'type') continue;
      const exported = exportName(specifier.exported);
      const local = exportName(specifier.local);
      if (statement.source) this.reexports.set(exported, { specifier: statement.source.value, imported: local });
      else this.named.set(exported, specifier.local);
    }
  }

  /** `module.exports = v`, `exports.x = v`, `module.exports.x = v`. */
  private readAssignment(assignment: TSESTree.AssignmentExpression): void {
    const path = memberPath(assignment.left);
    if (!path) return;
    if (path.length === 2 && path[0] === 'module' && path[1] === 'exports') {
      this.commonJs = true;
      this.defaultValue = assignment.right;
      return;
    }
    const name = path[0] === 'exports' && path.length === 2 ? path[1] : path[0] === 'module' && path[1] === 'exports' && path.length === 3 ? path[2] : undefined;
    if (name === undefined) return;
    this.commonJs = true;
    this.named.set(name, assignment.right);
  }

  /**
   * `import * as m` (or `require` of a module with only named exports) as an object literal of its exports that
   * exists only in memory; made once, on first use.
   */
  private namespaceObject(lookup: ExportLookup): TSESTree.ObjectExpression | undefined {
    if (this.namespace) return this.namespace;
    const names = [...this.named.keys(), ...this.reexports.keys()];
    if (names.length === 0) return undefined;
    const at = { range: this.ctx.ast.range };
    const namespace = { type: 'ObjectExpression', properties: [], ...at } as unknown as TSESTree.ObjectExpression;
    this.namespace = namespace;
    adoptSynthetic(namespace, this.ctx);
    for (const name of names) {
      const value = this.lookup(name, lookup);
      if (!value) continue;
      const key = { type: 'Identifier', name, ...at } as TSESTree.Identifier;
      const property = { type: 'Property', key, value, computed: false, shorthand: false, method: false, kind: 'init', ...at };
      adoptSynthetic(key, this.ctx);
      adoptSynthetic(property as unknown as Node, this.ctx);
      namespace.properties.push(property as unknown as TSESTree.Property);
    }
    return namespace;
  }
}

function exportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** The identifiers a declaration binds: `a`, `{ a, b: c }` (not rest elements or array patterns). */
function declaredIdentifiers(pattern: Node): TSESTree.Identifier[] {
  const node = unwrap(pattern);
  if (node.type === 'Identifier') return [node];
  if (node.type !== 'ObjectPattern') return [];
  return node.properties.flatMap((prop) => {
    if (prop.type !== 'Property') return [];
    const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
    return staticKeyName(prop.key, prop.computed) !== undefined ? declaredIdentifiers(value) : [];
  });
}
