import { isAbsolute, relative } from 'node:path';
import type { ModuleHost } from '@clarifai-auth/engine';
import { createModuleHost } from '@clarifai-auth/project';

/**
 * The process's one module host (so the engine's module cache lives as long as the run), noting which modules
 * each analysis read: the report names them beside the findings only they made visible.
 */
class RecordingHost implements ModuleHost {
  private readonly inner = createModuleHost();
  readonly loaded = new Set<string>();

  resolve(specifier: string, importer: string): string | undefined {
    return this.inner.resolve(specifier, importer);
  }

  load(path: string) {
    this.loaded.add(path);
    return this.inner.load(path);
  }
}

let host: RecordingHost | undefined;

/** The host for a file on disk; a path that is not absolute (text from elsewhere) follows no imports. */
export function moduleHostFor(path: string): RecordingHost | undefined {
  return isAbsolute(path) ? (host ??= new RecordingHost()) : undefined;
}

/** A module path as the report shows paths: relative to the working directory, with `/`. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/');
}
