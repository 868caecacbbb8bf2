/**
 * What the engine asks of its host to follow values into other modules. The engine never touches the file
 * system: the host resolves specifiers and reads files (and decides which files it is willing to read).
 */
export interface ModuleHost {
  /** The module file `specifier` names when written in `importer`; undefined for packages and anything unresolvable. */
  resolve(specifier: string, importer: string): string | undefined;
  /** The module's text and a version that changes whenever the text does (e.g. mtime + size); undefined when unreadable. */
  load(path: string): { text: string; version: string } | undefined;
}
