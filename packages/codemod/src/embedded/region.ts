/** The script languages a region can hold; each is parsed as a file with that extension. */
export type RegionLanguage = 'js' | 'jsx' | 'ts' | 'tsx';

/**
 * A script block inside a file of another kind (a component's `<script>`, a page's inline script, a Markdown code
 * fence): `[start, end)` offsets into the file's text without BOM, covering exactly the code the block holds.
 */
export interface Region {
  start: number;
  end: number;
  language: RegionLanguage;
  /** What the block is, as the report names it: `<script setup>`, `` ```ts block ``. */
  label: string;
}

/** A block that was found but cannot be cut out as one piece of the file (a fence indented inside a list). */
export interface UnreadableBlock {
  start: number;
  label: string;
  reason: string;
}

export interface Blocks {
  regions: Region[];
  unreadable: UnreadableBlock[];
}

/** The language of a `lang="..."` attribute or a fence's info string; undefined when it is not JavaScript. */
export function languageOf(lang: string | undefined, fallback: RegionLanguage): RegionLanguage | undefined {
  switch (lang?.trim().toLowerCase()) {
    case undefined:
    case '':
      return fallback;
    case 'js':
    case 'javascript':
    case 'mjs':
    case 'cjs':
      return 'js';
    case 'jsx':
      return 'jsx';
    case 'ts':
    case 'typescript':
    case 'mts':
    case 'cts':
      return 'ts';
    case 'tsx':
      return 'tsx';
    default:
      return undefined;
  }
}
