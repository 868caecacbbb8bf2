import type { ESLint, Linter } from 'eslint';
import { createRequire } from 'node:module';
import { RULE_META } from '@clarifai-auth/engine';
import { rules } from './rules/index.js';

// Read at run time rather than imported, so that tsc does not copy package.json into dist/.
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type RuleName = keyof typeof rules;
type ClarifaiPlugin = ESLint.Plugin & {
  configs: { recommended: Linter.Config; strict: Linter.Config; 'flat/recommended': Linter.Config };
};

const plugin: ClarifaiPlugin = {
  meta: { name, version, namespace: 'clarifai' },
  // typescript-eslint's rule type still declares ESLint 8 context members; at run time the shapes agree.
  rules: rules as unknown as ESLint.Plugin['rules'],
  // Getters break the cycle: each config registers the plugin itself.
  configs: {
    get recommended() {
      return recommended;
    },
    get strict() {
      return strict;
    },
    /** @deprecated The `flat/` prefix is no longer needed: use `recommended`. */
    get 'flat/recommended'() {
      return recommended;
    },
  },
};

/**
 * A flat config that turns on the rules `include` picks from their metadata: as errors, advisory ones (a risk,
 * not a broken call) as warnings.
 */
function configOf(configName: string, include: (rule: RuleName) => boolean): Linter.Config {
  const levels = Object.fromEntries(
    (Object.keys(rules) as RuleName[])
      .filter(include)
      .map((rule) => [`clarifai/${rule}`, RULE_META[rule].advisory ? ('warn' as const) : ('error' as const)]),
  );
  return { name: `clarifai/${configName}`, plugins: { clarifai: plugin }, rules: levels };
}

const recommended = configOf('recommended', (rule) => rules[rule].meta.docs?.recommended === true);
const strict = configOf('strict', () => true);

export default plugin;
// Node's require(esm) returns this export: `require('eslint-plugin-clarifai')` in a CommonJS config gets the plugin
// itself rather than `{ default }`.
export { plugin as 'module.exports' };
