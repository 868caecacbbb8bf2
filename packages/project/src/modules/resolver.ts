import { createRequire } from 'node:module';
import type * as OxcResolver from 'oxc-resolver';

type Oxc = typeof OxcResolver;
let oxc: Oxc | undefined;
/** oxc's resolver (native) is loaded on the first resolution: a lint run whose files import nothing never pays for it. */
function oxcResolver(): Oxc {
  return (oxc ??= createRequire(import.meta.url)('oxc-resolver') as Oxc);
}

export interface ResolverOptions {
  /** A tsconfig.json to use for every file; by default each file uses the nearest one above it (if any). */
  tsconfig?: string;
}

/** Module files the engine can read: sources, not declarations or JSON. */
const SOURCE = /\.(?:[cm]?[jt]sx?)$/i;
const DECLARATION = /\.d\.[cm]?ts$/i;

/**
 * Resolves specifiers as a bundler and TypeScript's `moduleResolution: bundler` do: directory index files,
 * extensionless files, `./x.js` written for `./x.ts`, the nearest tsconfig's `paths` and `baseUrl` (through
 * `extends`). Only the project's own source files are returned: packages (anything reached through node_modules,
 * workspace links included, since links are not followed) and declarations are not.
 */
export function createResolver(options: ResolverOptions = {}): (specifier: string, importer: string) => string | undefined {
  const resolver = new (oxcResolver().ResolverFactory)({
    tsconfig: options.tsconfig ? { configFile: options.tsconfig, references: 'auto' } : 'auto',
    extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
    extensionAlias: { '.js': ['.ts', '.tsx', '.js', '.jsx'], '.jsx': ['.tsx', '.jsx'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
    conditionNames: ['import', 'require', 'default'],
    mainFields: ['module', 'main'],
    symlinks: false,
  });
  return (specifier, importer) => {
    const file = resolver.resolveFileSync(importer, specifier).path;
    if (!file) return undefined;
    return SOURCE.test(file) && !DECLARATION.test(file) && !/[\\/]node_modules[\\/]/.test(file) ? file : undefined;
  };
}
