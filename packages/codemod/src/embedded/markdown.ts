import type { Code, Nodes } from 'mdast';
import { loadCommonJs } from './load.js';
import { languageOf, type Blocks, type Region, type UnreadableBlock } from './region.js';

/**
 * Fenced code blocks tagged js, jsx, ts, tsx, javascript or typescript (the same tags @eslint/markdown lints), found
 * by micromark's CommonMark grammar through mdast-util-from-markdown, with MDX's grammar for `.mdx` (so JSX and
 * `import`/`export` lines around a block are read as MDX reads them). Untagged and other blocks are left alone.
 */
export function markdownBlocks(text: string, mdx: boolean): Blocks {
  const { fromMarkdown } = loadCommonJs<typeof import('mdast-util-from-markdown')>('mdast-util-from-markdown');
  const tree = mdx
    ? fromMarkdown(text, {
        extensions: [loadCommonJs<typeof import('micromark-extension-mdxjs')>('micromark-extension-mdxjs').mdxjs()],
        mdastExtensions: [loadCommonJs<typeof import('mdast-util-mdx')>('mdast-util-mdx').mdxFromMarkdown()],
      })
    : fromMarkdown(text);
  const blocks: Blocks = { regions: [], unreadable: [] };
  const visit = (node: Nodes, before: readonly Nodes[]) => {
    if (node.type === 'code') {
      if (!markedSkip(before)) addBlock(text, node, blocks);
    } else if ('children' in node) {
      node.children.forEach((child, i, siblings) => visit(child, siblings.slice(0, i)));
    }
  };
  visit(tree, []);
  return blocks;
}

/**
 * Whether the HTML comments right before a block include `<!-- eslint-skip -->`: @eslint/markdown does not lint
 * such a block (docs use it for code shown as it was, or on purpose broken), so neither does the codemod change it.
 */
function markedSkip(before: readonly Nodes[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const node = before[i]!;
    const comment = node.type === 'html' ? /^<!--([\s\S]*?)-->$/.exec(node.value.trim()) : null;
    if (!comment) return false;
    if (comment[1]!.trim() === 'eslint-skip') return true;
  }
  return false;
}

function addBlock(text: string, node: Code, { regions, unreadable }: Blocks): void {
  const language = node.lang ? languageOf(node.lang, 'js') : undefined;
  const { start, end } = node.position ?? {};
  if (!language || start?.offset === undefined || end?.offset === undefined) return;
  const label = `\`\`\`${node.lang} block`;
  const open = text.slice(start.offset, end.offset);
  // The code is the lines between the fences; it is one piece of the file only when the fence is not indented.
  const codeStart = start.offset + open.indexOf('\n') + 1;
  const codeEnd = text.lastIndexOf('\n', end.offset - 1) + 1;
  const code = text.slice(codeStart, codeEnd);
  if (codeStart <= start.offset || codeEnd <= codeStart || code.replace(/\r?\n$/, '') !== node.value) {
    const reason = 'a fence that is indented (in a list or quote) or not closed cannot be rewritten in place';
    if (node.value.trim() !== '') unreadable.push({ start: start.offset, label, reason } satisfies UnreadableBlock);
    return;
  }
  regions.push({ start: codeStart, end: codeEnd, language, label } satisfies Region);
}
