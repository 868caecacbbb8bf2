import { isAbsolute } from 'node:path';
import type { ModuleHost } from '@clarifai-auth/engine';
import { createModuleHost } from '@clarifai-auth/project';

/** One host (resolver and module cache) per tsconfig setting for the life of the process: an editor server keeps it. */
const hosts = new Map<string, ModuleHost>();

/**
 * The host that lets the engine follow imports of the project's own modules, from `settings.clarifai`:
 * `followImports: false` turns it off, `tsconfig` names the tsconfig.json to resolve with (default: the nearest
 * one above each file). Files linted from text without a path on disk (`<input>`) follow no imports.
 */
export function moduleHostFor(filename: string, settings: unknown): ModuleHost | undefined {
  const shared = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {};
  if (shared.followImports === false || !isAbsolute(filename)) return undefined;
  const tsconfig = typeof shared.tsconfig === 'string' ? shared.tsconfig : undefined;
  const key = tsconfig ?? '';
  let host = hosts.get(key);
  if (!host) {
    host = createModuleHost(tsconfig ? { tsconfig } : {});
    hosts.set(key, host);
  }
  return host;
}
