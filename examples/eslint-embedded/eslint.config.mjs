// eslint.config.mjs: eslint-plugin-clarifai in Vue, Svelte and Astro components, HTML pages and Markdown/MDX code blocks
import markdown from '@eslint/markdown';
import * as astroParser from 'astro-eslint-parser';
import clarifai from 'eslint-plugin-clarifai';
import html from 'eslint-plugin-html';
import * as svelteParser from 'svelte-eslint-parser';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

export default [
  // Components: each ecosystem's parser hands the <script> code (lang="ts" included) to typescript-eslint's parser.
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } } },
  { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tseslint.parser } } },
  { files: ['**/*.astro'], languageOptions: { parser: astroParser, parserOptions: { parser: tseslint.parser } } },
  // HTML pages: eslint-plugin-html lints every inline <script> with a JavaScript type (JSON blocks are left alone).
  { files: ['**/*.{html,htm}'], plugins: { html } },
  // Markdown and MDX: @eslint/markdown's processor turns each fenced code block into a virtual file (README.md/0.js).
  { files: ['**/*.{md,mdx}'], plugins: { markdown }, processor: 'markdown/markdown' },
  { files: ['**/*.{md,mdx}/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  {
    files: ['**/*.{vue,svelte,astro,html,htm}', '**/*.{md,mdx}/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    ...clarifai.configs.recommended,
  },
];
