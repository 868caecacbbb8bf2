import type { TSESTree } from '@typescript-eslint/types';
import type { Variable } from '@typescript-eslint/scope-manager';
import { requiredModule, unwrap, type ParentMap } from '../ast.js';

/**
 * A binding to a loaded module: `const config = require('./config/config')`, `import config from './config'`.
 * Loading the module can have effects the program needs (a config module that calls `dotenv.config()`), so when a
 * fix leaves the binding unread the statement stays as a bare `require('./config/config');` / `import './config';`.
 */
export interface ModuleBinding {
  statement: TSESTree.VariableDeclaration | TSESTree.ImportDeclaration;
  /** The statement that loads the module and binds nothing. */
  bare: string;
}

const STATEMENT_LISTS = new Set(['Program', 'BlockStatement']);

/** The module binding a variable is, when it is the only name its statement declares and is never reassigned. */
export function moduleBinding(text: string, variable: Variable, parents: ParentMap): ModuleBinding | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding') {
    const statement = def.parent;
    if (statement.type !== 'ImportDeclaration' || statement.specifiers.length !== 1 || statement.importKind === 'type') return undefined;
    if (statement.attributes.length > 0) return undefined;
    return { statement, bare: `import ${statement.source.raw}${semicolonOf(text, statement)}` };
  }
  if (def.type !== 'Variable' || def.node.id.type !== 'Identifier' || !def.node.init || !def.parent) return undefined;
  const statement = def.parent;
  if (statement.declarations.length !== 1 || requiredModule(def.node.init) === undefined) return undefined;
  if (!STATEMENT_LISTS.has(parents.get(statement)?.type ?? '')) return undefined;
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
  const call = unwrap(def.node.init);
  return { statement, bare: `${text.slice(call.range[0], call.range[1])}${semicolonOf(text, statement)}` };
}

function semicolonOf(text: string, statement: TSESTree.Node): string {
  return text[statement.range[1] - 1] === ';' ? ';' : '';
}
