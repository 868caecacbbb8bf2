import type { RuntimeFacts } from '@clarifai-auth/engine';
import { relative, resolve, sep } from 'node:path';
import { frameworkOf, UNKNOWN, type Framework, type RegionKind } from './frameworks.js';
import { packageRootOf } from './package-root.js';

export type { RegionKind } from './frameworks.js';

/** A file, or a region of one (a `<script>` of an HTML page, the frontmatter of an `.astro` file). */
export interface RuntimeQuery {
  /** The file's path (absolute, or relative to the working directory). */
  path: string;
  /** Its text, or the region's: a `'use client'` directive makes Next.js code client code. */
  text?: string;
  /** Which part of the file the text is, where a file has both server and client parts. */
  region?: RegionKind;
}

const frameworks = new Map<string, Framework>();

/**
 * The part of a component or page that a linter or the codemod reaches when it names no part: a Vue or Svelte
 * component's script runs in the browser; an `.astro` file's frontmatter (all that ESLint's Astro parser lints)
 * runs on the server. Markdown code blocks are samples, placed like their file.
 */
function componentRegion(path: string): RegionKind | undefined {
  if (/\.(?:vue|svelte)$/i.test(path)) return 'client';
  if (/\.astro$/i.test(path)) return 'server';
  return undefined;
}

/**
 * Where a file's code runs and which env reads exist there, for `EngineInput.runtime`. The package's framework
 * is found once per package (its package.json and config files) and cached; per file only its path and text count.
 */
export function runtimeOf({ path: given, text, region: part }: RuntimeQuery): RuntimeFacts {
  const path = resolve(given);
  const region = part ?? componentRegion(given);
  const root = packageRootOf(path);
  if (!root) return UNKNOWN.place({ path: given, ...(text !== undefined ? { text } : {}), ...(region ? { region } : {}) });
  let framework = frameworks.get(root.dir);
  if (!framework) {
    framework = frameworkOf(root);
    frameworks.set(root.dir, framework);
  }
  const inPackage = relative(root.dir, path).split(sep).join('/');
  return framework.place({ path: inPackage, ...(text !== undefined ? { text } : {}), ...(region ? { region } : {}) });
}
