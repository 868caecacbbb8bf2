import type { EngineOptions } from '@clarifai-auth/engine';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** The options every rule takes; the same object may be set once for all rules as `settings.clarifai`. */
export type ClarifaiOptions = Pick<EngineOptions, OptionName>;
type OptionName = 'patNames' | 'apiKeyNames' | 'clarifaiModelIds' | 'clarifaiWorkflowIds' | 'ownResourceIds';

const DESCRIPTIONS: Record<OptionName, string> = {
  patNames: 'Identifier or environment variable names (exact, case-insensitive) that hold a PAT.',
  apiKeyNames: 'Identifier or environment variable names (exact, case-insensitive) that hold an app-scoped API key.',
  clarifaiModelIds: 'Extra model ids owned by clarifai/main, or `user/app/model-id` for another public owner.',
  clarifaiWorkflowIds: 'Extra workflow ids owned by clarifai/main, or `user/app/workflow-id` for another public owner.',
  ownResourceIds: 'Your own model or workflow ids that share a name with a Clarifai-owned one; never treated as Clarifai\'s.',
};

const OPTION_NAMES = Object.keys(DESCRIPTIONS) as OptionName[];

export const optionsSchema: JSONSchema4 = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    OPTION_NAMES.map((name) => [
      name,
      { type: 'array', items: { type: 'string' }, uniqueItems: true, description: DESCRIPTIONS[name] },
    ]),
  ),
};

/**
 * The rule's own options over `settings.clarifai`, option by option. Settings carry no schema, so only
 * well-formed entries (string arrays under a known name) are taken from them.
 */
export function resolveOptions(ruleOptions: ClarifaiOptions, settings: unknown): ClarifaiOptions {
  const shared = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {};
  const resolved: ClarifaiOptions = {};
  for (const name of OPTION_NAMES) {
    const value = ruleOptions[name] ?? shared[name];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) resolved[name] = value;
  }
  return resolved;
}
