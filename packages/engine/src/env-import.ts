import type { TSESTree } from '@typescript-eslint/types';
import type { ScopeManager } from '@typescript-eslint/scope-manager';
import type { TextEdit } from './types.js';

/**
 * How a file reads env vars from a module that exports them as `env` (SvelteKit's `$env/dynamic/public` and
 * `$env/dynamic/private`): through its existing import of `env`, else through one the fixes add at the top of the
 * file, named `clarifaiEnv` when the file already has an `env` of its own.
 */
export function moduleEnv(ast: TSESTree.Program, scopeManager: ScopeManager, module: string): { object: string; importEdit?: TextEdit } {
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== module) continue;
    const specifier = statement.specifiers.find(
      (s): s is TSESTree.ImportSpecifier => s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' && s.imported.name === 'env',
    );
    if (specifier) return { object: `${specifier.local.name}.` };
  }
  const scopes = [scopeManager.globalScope, ...(scopeManager.globalScope?.childScopes ?? [])];
  const taken = scopes.some((scope) => scope?.set.has('env'));
  const local = taken ? 'clarifaiEnv' : 'env';
  const imported = taken ? `env as ${local}` : 'env';
  return { object: `${local}.`, importEdit: { range: [0, 0], text: `import { ${imported} } from '${module}';\n` } };
}
