import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as TypeScript from 'typescript';

type Ts = typeof TypeScript;
let typescript: Ts | undefined;
/** TypeScript is loaded on the first resolution: a lint run whose files never import a module never pays for it. */
function ts(): Ts {
  return (typescript ??= createRequire(import.meta.url)('typescript') as Ts);
}

export interface ResolverOptions {
  /** A tsconfig.json to use for every file; by default each file uses the nearest one above it (if any). */
  tsconfig?: string;
}

/** Module files the engine can read: sources, not declarations or JSON. */
const SOURCE = /\.(?:[cm]?[jt]sx?)$/i;
const DECLARATION = /\.d\.[cm]?ts$/i;

interface ConfigResolution {
  options: TypeScript.CompilerOptions;
  cache: TypeScript.ModuleResolutionCache;
}

/**
 * Resolves specifiers the way the project's TypeScript does (`moduleResolution: bundler` unless its tsconfig says
 * otherwise): directory index files, `./x.js` written for `./x.ts`, tsconfig `paths` and `baseUrl`. Only the
 * project's own source files are returned; packages (anything under node_modules) and declarations are not.
 */
export function createResolver(options: ResolverOptions = {}): (specifier: string, importer: string) => string | undefined {
  const configs = new Map<string, ConfigResolution>();
  const nearestConfig = new Map<string, string | undefined>();

  const configFor = (importer: string): ConfigResolution => {
    const dir = dirname(importer);
    let path = options.tsconfig ?? nearestConfig.get(dir);
    if (!options.tsconfig && !nearestConfig.has(dir)) {
      path = ts().findConfigFile(dir, ts().sys.fileExists);
      nearestConfig.set(dir, path);
    }
    const key = path ?? '';
    let config = configs.get(key);
    if (!config) {
      const compilerOptions = { ...readCompilerOptions(path), allowJs: true, noEmit: true };
      compilerOptions.moduleResolution ??= ts().ModuleResolutionKind.Bundler;
      if (compilerOptions.moduleResolution === ts().ModuleResolutionKind.Bundler) compilerOptions.module = ts().ModuleKind.ESNext;
      config = { options: compilerOptions, cache: ts().createModuleResolutionCache(dir, (f) => f, compilerOptions) };
      configs.set(key, config);
    }
    return config;
  };

  return (specifier, importer) => {
    const { options: compilerOptions, cache } = configFor(importer);
    const resolved = ts().resolveModuleName(specifier, importer, compilerOptions, ts().sys, cache).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) return undefined;
    const file = resolved.resolvedFileName;
    return SOURCE.test(file) && !DECLARATION.test(file) && !/[\\/]node_modules[\\/]/.test(file) ? file : undefined;
  };
}

/** The compiler options of a tsconfig (following `extends`); none when there is no readable one. */
function readCompilerOptions(path: string | undefined): TypeScript.CompilerOptions {
  if (!path) return {};
  const read = ts().readConfigFile(path, ts().sys.readFile);
  if (read.error) return {};
  return ts().parseJsonConfigFileContent(read.config, ts().sys, dirname(path), undefined, path).options;
}
