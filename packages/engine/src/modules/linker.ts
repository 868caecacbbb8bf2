import type { Node } from '../ast.js';
import { Catalogue } from '../catalogue.js';
import { FileContext } from '../context.js';
import { parseForEngine } from '../parse.js';
import { ModuleExports } from './exports.js';
import { adopt } from './home.js';
import type { ModuleHost } from './host.js';

/** Modules whose exports are kept per host: enough for a project's shared config and client modules. */
const MAX_MODULES = 100;
/** How many module boundaries one value may cross (re-export chains, a client built from a settings module). */
const MAX_DEPTH = 6;

/** How a file's scopes follow an import: the node holding export `name` of `specifier`, resolved from this file. */
export interface ModuleLink {
  exported(specifier: string, name: string): Node | undefined;
}

/**
 * Follows imports for one host: resolves a specifier, loads the module, and keeps its `ModuleExports` (with its
 * parsed AST and scopes) in a bounded cache keyed by path and checked against the host's version. A missing,
 * unreadable or unparsable module, a cycle, or a chain deeper than MAX_DEPTH gives `undefined`: unknown.
 */
export class ModuleLinker {
  private readonly cache = new Map<string, { version: string; exports: ModuleExports | undefined }>();
  /** Paths whose version was checked since the last `beginFile` (a file's analysis reads each module's version once). */
  private checked = new Set<string>();
  private readonly active: string[] = [];
  private readonly catalogue = new Catalogue({});

  constructor(private readonly host: ModuleHost) {}

  /** Starts the analysis of one file: modules are checked against the host again (they may have changed). */
  beginFile(): void {
    this.checked = new Set();
  }

  linkFor(importer: string): ModuleLink {
    return { exported: (specifier, name) => this.exported(importer, specifier, name) };
  }

  exported(importer: string, specifier: string, name: string): Node | undefined {
    const path = this.resolve(specifier, importer);
    if (path === undefined) return undefined;
    const key = `${path}\0${name}`;
    if (this.active.includes(key) || this.active.length >= MAX_DEPTH) return undefined;
    const exports = this.exportsOf(path);
    if (!exports) return undefined;
    this.active.push(key);
    try {
      return exports.lookup(name, (from, spec, imported) => this.exported(from, spec, imported));
    } finally {
      this.active.pop();
    }
  }

  private resolve(specifier: string, importer: string): string | undefined {
    try {
      return this.host.resolve(specifier, importer);
    } catch {
      return undefined;
    }
  }

  /** The module's exports, read again only when its version changed. */
  exportsOf(path: string): ModuleExports | undefined {
    const cached = this.cache.get(path);
    if (cached && this.checked.has(path)) return cached.exports;
    let loaded: ReturnType<ModuleHost['load']>;
    try {
      loaded = this.host.load(path);
    } catch {
      loaded = undefined;
    }
    this.checked.add(path);
    if (!loaded) {
      this.cache.delete(path);
      return undefined;
    }
    if (cached?.version === loaded.version) {
      // Most recently used last, so the oldest entry is the first one evicted.
      this.cache.delete(path);
      this.cache.set(path, cached);
      return cached.exports;
    }
    const exports = this.parse(path, loaded.text);
    this.cache.delete(path);
    this.cache.set(path, { version: loaded.version, exports });
    if (this.cache.size > MAX_MODULES) this.cache.delete(this.cache.keys().next().value!);
    return exports;
  }

  private parse(path: string, raw: string): ModuleExports | undefined {
    const text = raw.replace(/^\uFEFF/, '');
    let parsed;
    try {
      parsed = parseForEngine(text, path);
    } catch {
      return undefined;
    }
    const ctx = new FileContext({ ...parsed, text, filename: path }, {}, this.catalogue, this.linkFor(path));
    adopt(ctx);
    return new ModuleExports(ctx, path);
  }
}

const linkers = new WeakMap<ModuleHost, ModuleLinker>();

/** One linker (and so one module cache) per host, shared by every file analysed with it. */
export function linkerFor(host: ModuleHost): ModuleLinker {
  let linker = linkers.get(host);
  if (!linker) {
    linker = new ModuleLinker(host);
    linkers.set(host, linker);
  }
  return linker;
}
