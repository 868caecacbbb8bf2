import type { EngineOptions } from '@clarifai-auth/engine';

/** What a user tells both tools about their project: credential names and resource ids. */
export type ClarifaiOptions = Pick<EngineOptions, OptionName>;
export type OptionName = 'patNames' | 'apiKeyNames' | 'clarifaiModelIds' | 'clarifaiWorkflowIds' | 'ownResourceIds';

const DESCRIPTIONS: Record<OptionName, string> = {
  patNames: 'Identifier or environment variable names (exact, case-insensitive) that hold a PAT.',
  apiKeyNames: 'Identifier or environment variable names (exact, case-insensitive) that hold an app-scoped API key.',
  clarifaiModelIds: 'Extra model ids owned by clarifai/main, or `user/app/model-id` for another public owner.',
  clarifaiWorkflowIds: 'Extra workflow ids owned by clarifai/main, or `user/app/workflow-id` for another public owner.',
  ownResourceIds: "Your own model or workflow ids that share a name with a Clarifai-owned one; never treated as Clarifai's.",
};

export const OPTION_NAMES = Object.keys(DESCRIPTIONS) as OptionName[];

/**
 * The one schema of the options, wherever they are written: ESLint rule options (ESLint validates them with it),
 * `settings.clarifai` and the project's config file (validated with it here).
 */
export const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    OPTION_NAMES.map((name) => [
      name,
      { type: 'array', items: { type: 'string' }, uniqueItems: true, description: DESCRIPTIONS[name] },
    ]),
  ),
} as const;

/** What only the ESLint plugin reads, beside the options in `settings.clarifai`: how it resolves imports. */
const RESOLUTION_SETTINGS = {
  tsconfig: { type: 'string', description: 'The tsconfig.json whose `paths`/`baseUrl` resolve imports (default: the nearest one).' },
  followImports: { type: 'boolean', description: "Follow values imported from the project's own modules (default: true)." },
} as const;

export const SETTING_NAMES = [...OPTION_NAMES, ...Object.keys(RESOLUTION_SETTINGS)];

/** `settings.clarifai`: the options, and the plugin's resolution settings. */
export const settingsSchema = {
  ...optionsSchema,
  properties: { ...optionsSchema.properties, ...RESOLUTION_SETTINGS },
} as const;
