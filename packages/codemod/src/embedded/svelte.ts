import type { AST } from 'svelte/compiler';
import { loadCommonJs } from './load.js';
import { languageOf, type Blocks, type Region } from './region.js';

/**
 * The module and instance `<script>` of a Svelte component, found by Svelte's own compiler (Svelte 5, which parses
 * Svelte 4 components too), with `lang="ts"` as Svelte reads it.
 */
export function svelteBlocks(text: string): Blocks {
  const { parse } = loadCommonJs<typeof import('svelte/compiler')>('svelte/compiler');
  const root = parse(text, { modern: true });
  const regions: Region[] = [];
  for (const script of [root.module, root.instance]) {
    const region = script && toRegion(script);
    if (region) regions.push(region);
  }
  return { regions: regions.sort((a, b) => a.start - b.start), unreadable: [] };
}

function toRegion(script: AST.Script): Region | undefined {
  const lang = script.attributes.find((a) => a.name === 'lang')?.value;
  const language = languageOf(Array.isArray(lang) ? lang.map((part) => ('data' in part ? part.data : '')).join('') : undefined, 'js');
  const { start, end } = script.content as unknown as { start: number; end: number };
  return language && { start, end, language, label: script.context === 'module' ? '<script module>' : '<script>' };
}
