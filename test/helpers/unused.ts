// ESLint's core `no-unused-vars` through the Linter, to check that a migration orphans no binding.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

const linter = new Linter({ configType: 'flat' });

const config: Linter.Config[] = [
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
    rules: { 'no-unused-vars': ['error', { vars: 'all', args: 'none', caughtErrors: 'none' }] },
  },
];

/** The names `no-unused-vars` reports in `text` (one entry per finding, sorted). */
export function unusedBindings(text: string, filename: string): string[] {
  const messages = linter.verify(text, config, { filename });
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filename}:${fatal.line}:${fatal.column} ${fatal.message}`);
  return messages.map((m) => /'([^']+)'/.exec(m.message)?.[1] ?? m.message).sort();
}

/** Bindings unused in `after` that were not unused in `before` (a name counts as often as it is reported). */
export function newlyUnused(before: string, after: string, filename: string): string[] {
  const left = unusedBindings(before, filename);
  return unusedBindings(after, filename).filter((name) => {
    const i = left.indexOf(name);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}
