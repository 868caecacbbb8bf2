import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { ModuleHost } from '@clarifai-auth/engine';
import { createResolver, type ResolverOptions } from './resolver.js';

/** Files kept in memory (text and stat), most recently used last: a project's shared modules, not the project. */
const MAX_FILES = 200;
/** A module bigger than this is generated or bundled code, not a config module: not read. */
const MAX_BYTES = 1024 * 1024;

export type ModuleHostOptions = ResolverOptions;

/**
 * The host both front ends give the engine: oxc's resolver (tsconfig-aware) and reads from disk, each module's text kept
 * by path and checked against its mtime and size, so a long-running editor server sees a module change without
 * re-reading modules that did not.
 */
export function createModuleHost(options: ModuleHostOptions = {}): ModuleHost {
  const resolve = createResolver(options);
  const files = new Map<string, { version: string; text: string }>();
  const resolved = new Map<string, string | undefined>();
  return {
    resolve(specifier, importer) {
      const key = `${importer}\0${specifier}`;
      if (!resolved.has(key)) {
        resolved.set(key, resolve(specifier, importer));
        if (resolved.size > MAX_FILES * 20) resolved.delete(resolved.keys().next().value!);
      }
      return resolved.get(key);
    },
    load(path) {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch {
        files.delete(path);
        return undefined;
      }
      try {
        const stat = fstatSync(fd);
        if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
        const version = `${stat.mtimeMs}:${stat.size}`;
        const cached = files.get(path);
        files.delete(path);
        const entry = cached?.version === version ? cached : { version, text: readFileSync(fd, 'utf8') };
        files.set(path, entry);
        if (files.size > MAX_FILES) files.delete(files.keys().next().value!);
        return entry;
      } finally {
        closeSync(fd);
      }
    },
  };
}
