import { loadCommonJs } from './load.js';
import { languageOf, type Blocks, type Region, type RegionLanguage } from './region.js';

/** The `type`s a browser runs as JavaScript (the HTML standard's JavaScript MIME types, and modules). */
const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
  'application/x-javascript',
  'text/jsx',
  'text/babel',
]);

export interface ScriptOptions {
  /** The language of a script without `lang` (Astro compiles its processed scripts as TypeScript). */
  defaultLanguage?: (attributes: Record<string, string>) => RegionLanguage;
  /** Offset of `text` in the file, when it is the rest of a file after its frontmatter. */
  offset?: number;
}

/**
 * Inline `<script>` elements that run JavaScript, found by htmlparser2's tokenizer (the HTML standard's raw-text
 * rules, so `</div>` inside a script string does not end it): scripts with `src` (their body is ignored), JSON,
 * import maps and templates (`type="application/json"`, `importmap`, `text/x-template`) are left alone.
 */
export function htmlScripts(text: string, { defaultLanguage = () => 'js', offset = 0 }: ScriptOptions = {}): Blocks {
  const { Parser } = loadCommonJs<typeof import('htmlparser2')>('htmlparser2');
  const regions: Region[] = [];
  let open: { attributes: Record<string, string>; start: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') open = { attributes, start: parser.endIndex + 1 };
      },
      onclosetag(name, isImplied) {
        if (name !== 'script' || !open) return;
        const { attributes, start } = open;
        open = undefined;
        // A script never closed runs to the end of the page: not a block to rewrite.
        if (isImplied || 'src' in attributes) return;
        const type = (attributes.type ?? '').trim().toLowerCase();
        if (!JAVASCRIPT_TYPES.has(type)) return;
        const jsx = type === 'text/jsx' || type === 'text/babel';
        const language = languageOf(attributes.lang, jsx ? 'jsx' : defaultLanguage(attributes));
        const label = type === 'module' ? '<script type="module">' : '<script>';
        if (language) regions.push({ start: offset + start, end: offset + parser.startIndex, language, label });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  return { regions, unreadable: [] };
}
