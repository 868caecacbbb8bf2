import type { SFCBlock } from '@vue/compiler-sfc';
import { loadCommonJs } from './load.js';
import { languageOf, type Blocks, type Region } from './region.js';

/**
 * `<script>` and `<script setup>` of a Vue single-file component, found by Vue's own SFC parser (the one Vite and
 * vue-eslint-parser build on), so `lang="ts"`, attributes and blocks inside `<template>` strings are read as Vue reads them.
 */
export function vueBlocks(text: string, filename: string): Blocks {
  const { parse } = loadCommonJs<typeof import('@vue/compiler-sfc')>('@vue/compiler-sfc');
  const { descriptor, errors } = parse(text, { filename, sourceMap: false, ignoreEmpty: false });
  // Errors in the template do not hide the scripts; a component whose scripts Vue cannot find does not parse.
  if (errors.length > 0 && !descriptor.script && !descriptor.scriptSetup) throw new SyntaxError(errors[0]!.message);
  const regions: Region[] = [];
  for (const [block, label] of [
    [descriptor.script, '<script>'],
    [descriptor.scriptSetup, '<script setup>'],
  ] as const) {
    const region = block && toRegion(block, label);
    if (region) regions.push(region);
  }
  return { regions: regions.sort((a, b) => a.start - b.start), unreadable: [] };
}

function toRegion(block: SFCBlock, label: string): Region | undefined {
  if (block.src) return undefined; // `<script src="./x.ts">`: the code is in that file, scanned on its own
  const language = languageOf(block.lang, 'js');
  return language && { start: block.loc.start.offset, end: block.loc.end.offset, language, label };
}
