import { htmlScripts } from './html.js';
import type { Blocks, Region } from './region.js';

/** The frontmatter fence: `---` alone on the first non-blank line, and the next line that is `---`. */
const FRONTMATTER = /^(\s*---[ \t]*\r?\n)([\s\S]*?)^---[ \t]*$/m;

/**
 * An Astro component's frontmatter (TypeScript, run on the server) and its `<script>` elements (TypeScript bundled
 * for the browser, or plain JavaScript with `is:inline`). Astro's grammar fixes the frontmatter to the code fence at
 * the top of the file, so the fence is read directly; the template after it is HTML, read by the same tokenizer as
 * pages. @astrojs/compiler would need its WebAssembly service (asynchronous) for the same two facts.
 */
export function astroBlocks(text: string): Blocks {
  const match = FRONTMATTER.exec(text);
  const frontmatter: Region[] = [];
  let rest = 0;
  if (match && match.index === 0) {
    const start = match[1]!.length;
    frontmatter.push({ start, end: start + match[2]!.length, language: 'ts', label: 'frontmatter' });
    rest = match[0].length;
  }
  const scripts = htmlScripts(text.slice(rest), {
    offset: rest,
    defaultLanguage: (attributes) => ('is:inline' in attributes ? 'js' : 'ts'),
  });
  return { regions: [...frontmatter, ...scripts.regions], unreadable: [] };
}
