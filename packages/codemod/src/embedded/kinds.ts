import { astroBlocks } from './astro.js';
import { htmlScripts } from './html.js';
import { markdownBlocks } from './markdown.js';
import type { Blocks } from './region.js';
import { svelteBlocks } from './svelte.js';
import { vueBlocks } from './vue.js';

/** The kinds of file whose code lives in blocks; everything else is a script file, migrated whole. */
export type EmbeddedKind = 'vue' | 'svelte' | 'astro' | 'html' | 'markdown' | 'mdx';

const KINDS: Record<string, EmbeddedKind> = {
  vue: 'vue',
  svelte: 'svelte',
  astro: 'astro',
  html: 'html',
  htm: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'mdx',
};

/** The extensions scanned by default: components and pages (Markdown only on request, see the CLI's flags). */
export const COMPONENT_EXTENSIONS = ['vue', 'svelte', 'astro', 'html', 'htm'];
export const MARKDOWN_EXTENSIONS = ['md', 'mdx'];

export function embeddedKind(path: string): EmbeddedKind | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : KINDS[ext];
}

/** The script blocks of a file of this kind; throws when the file itself does not parse. */
export function blocksOf(kind: EmbeddedKind, text: string, path: string): Blocks {
  switch (kind) {
    case 'vue':
      return vueBlocks(text, path);
    case 'svelte':
      return svelteBlocks(text);
    case 'astro':
      return astroBlocks(text);
    case 'html':
      return htmlScripts(text);
    case 'markdown':
    case 'mdx':
      return markdownBlocks(text, kind === 'mdx');
  }
}
