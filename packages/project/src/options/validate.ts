import { Ajv, type ErrorObject } from 'ajv';
import { OPTION_NAMES, optionsSchema, SETTING_NAMES, settingsSchema, type ClarifaiOptions } from './schema.js';

/** Options that do not match the schema; the message names where they were written and the key that is wrong. */
export class OptionsError extends Error {
  override name = 'OptionsError';
}

const ajv = new Ajv({ allErrors: true });
const validators = {
  options: { check: ajv.compile<ClarifaiOptions>(optionsSchema), names: OPTION_NAMES },
  settings: { check: ajv.compile<ClarifaiOptions>(settingsSchema), names: SETTING_NAMES },
};

/**
 * `value` as options, or an OptionsError naming each wrong key of `where` (`settings.clarifai`, a file).
 * `settings.clarifai` may also hold the plugin's resolution settings (`tsconfig`, `followImports`).
 */
export function checkOptions(value: unknown, where: string, kind: keyof typeof validators = 'options'): ClarifaiOptions {
  const { check, names } = validators[kind];
  if (check(value)) return value;
  const problems = (check.errors ?? []).map((e) => describe(e, where, names));
  throw new OptionsError(`Invalid Clarifai options in ${where}: ${[...new Set(problems)].join('; ')}.`);
}

function describe(error: ErrorObject, where: string, names: readonly string[]): string {
  const key = error.instancePath.split('/').slice(1).join('.');
  const at = key ? `${where}.${key}` : where;
  if (error.keyword === 'additionalProperties') {
    const unknown = (error.params as { additionalProperty: string }).additionalProperty;
    return `unknown option ${where}.${unknown} (the options are ${names.join(', ')})`;
  }
  if (error.keyword === 'uniqueItems') return `${at} lists the same entry twice`;
  return `${at} ${error.message ?? 'is not valid'}`;
}
