import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The format parsers are loaded on the first file of their kind, so that a run over plain JavaScript (and every
 * worker of it) never pays for Vue's or Svelte's compiler. Node 20.19+ can `require` the ESM-only ones too.
 */
export function loadCommonJs<T>(id: string): T {
  return require(id) as T;
}
