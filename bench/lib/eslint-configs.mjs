// The ESLint configs the benchmark compares, each once without and once with eslint-plugin-clarifai's recommended
// config. A config with no rules at all lets ESLint skip the traversal that every real config pays, so the
// baselines are ones users actually have: typescript-eslint's parser with one rule that does nothing (but makes
// ESLint walk the tree), and typescript-eslint's recommended config.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const BASELINES = ['noop', 'recommended'];

/** Config module text for a baseline, with or without the Clarifai rules; `url` turns a package name into an import URL. */
function configModule(baseline, withClarifai, url) {
  return [
    `import tseslint from ${JSON.stringify(url('typescript-eslint'))};`,
    ...(withClarifai ? [`import clarifai from ${JSON.stringify(url('eslint-plugin-clarifai'))};`] : []),
    '',
    "const noop = { rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) } } };",
    'export default [',
    "  { ignores: ['**/node_modules/**', '**/dist/**'] },",
    "  { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser }, linterOptions: { reportUnusedDisableDirectives: 'off' } },",
    baseline === 'noop'
      ? "  { plugins: { bench: noop }, rules: { 'bench/noop': 'error' } },"
      : '  ...tseslint.configs.recommended,',
    ...(withClarifai ? ['  clarifai.configs.recommended,'] : []),
    '];',
    '',
  ].join('\n');
}

/** The file name of a config written by `writeEslintConfigs`. */
export function configFile(baseline, withClarifai) {
  return `eslint.${baseline}${withClarifai ? '-clarifai' : ''}.config.mjs`;
}

/** Writes every config into the generated tree (a flat config only lints files below its own folder). */
export function writeEslintConfigs(dir, root) {
  const resolveFrom = createRequire(join(root, 'package.json'));
  const url = (name) => pathToFileURL(resolveFrom.resolve(name)).href;
  for (const baseline of BASELINES) {
    for (const withClarifai of [false, true]) writeFileSync(join(dir, configFile(baseline, withClarifai)), configModule(baseline, withClarifai, url));
  }
}
