// ESLint with eslint-plugin-clarifai's strict config and typescript-eslint's parser, as a project would set it
// up. Plain ESM JavaScript so that eslint-worker.mjs can load it in a worker thread.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import clarifai from 'eslint-plugin-clarifai';

export const LINTED = '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte}';

/** @param {string} cwd */
export function eslintFor(cwd) {
  const config = [
    { files: [LINTED], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: [LINTED], ...clarifai.configs.strict },
  ];
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, ignore: false, errorOnUnmatchedPattern: false });
}

/**
 * A message is fine when it comes from one of the plugin's rules or is ESLint's fatal "Parsing error".
 * @param {{ ruleId: string | null, fatal?: boolean, message: string }} m
 */
export function isCrashMessage(m) {
  if (m.ruleId?.startsWith('clarifai/')) return false;
  return !(m.fatal === true && m.ruleId === null && /^Parsing error/.test(m.message));
}

/**
 * Lints files one by one; a throw is recorded, not raised.
 * @param {string} cwd
 * @param {string[]} files
 */
export async function lintEach(cwd, files) {
  const eslint = eslintFor(cwd);
  const out = [];
  for (const file of files) {
    try {
      const results = await eslint.lintFiles([file]);
      out.push({ file, messages: results.flatMap((r) => r.messages.map(({ ruleId, fatal, message, suggestions }) => ({ ruleId, fatal, message, suggestions: (suggestions ?? []).map((s) => ({ desc: s.desc })) }))) });
    } catch (error) {
      out.push({ file, threw: String(error?.message ?? error).split('\n')[0] });
    }
  }
  return out;
}
