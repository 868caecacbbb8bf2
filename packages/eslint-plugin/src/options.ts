import { checkOptions, layerOptions, optionsSchema as schema, projectOptionsFor, type ClarifaiOptions } from '@clarifai-auth/project';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

export type { ClarifaiOptions };

/** The options every rule takes: the project layer's one schema, which ESLint validates rule options with. */
export const optionsSchema = schema as unknown as JSONSchema4;

/**
 * The rule's own options over `settings.clarifai` over the project's config file (`.clarifairc.json`,
 * `clarifai.config.json` or `package.json#clarifai`, the one source the codemod reads too), option by option.
 * `settings.clarifai` and the file are validated with the rule options' schema: a typo or a wrong type throws an
 * error that names the key.
 */
export function resolveOptions(ruleOptions: ClarifaiOptions, settings: unknown, filename: string): ClarifaiOptions {
  const shared = settings === undefined ? undefined : checkOptions(settings, 'settings.clarifai', 'settings');
  return layerOptions(ruleOptions, shared, projectOptionsFor(filename)?.options);
}
