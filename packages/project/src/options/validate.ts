import { Ajv, type ErrorObject } from 'ajv';
import { OPTION_NAMES, optionsSchema, type ClarifaiOptions } from './schema.js';

/** Options that do not match the schema; the message names where they were written and the key that is wrong. */
export class OptionsError extends Error {
  override name = 'OptionsError';
}

const validator = new Ajv({ allErrors: true }).compile<ClarifaiOptions>(optionsSchema);

/** `value` as options, or an OptionsError naming each wrong key of `where` (`settings.clarifai`, a file). */
export function checkOptions(value: unknown, where: string): ClarifaiOptions {
  if (validator(value)) return value;
  const problems = (validator.errors ?? []).map((e) => describe(e, where));
  throw new OptionsError(`Invalid Clarifai options in ${where}: ${[...new Set(problems)].join('; ')}.`);
}

function describe(error: ErrorObject, where: string): string {
  const key = error.instancePath.split('/').slice(1).join('.');
  const at = key ? `${where}.${key}` : where;
  if (error.keyword === 'additionalProperties') {
    const unknown = (error.params as { additionalProperty: string }).additionalProperty;
    return `unknown option ${where}.${unknown} (the options are ${OPTION_NAMES.join(', ')})`;
  }
  if (error.keyword === 'uniqueItems') return `${at} lists the same entry twice`;
  return `${at} ${error.message ?? 'is not valid'}`;
}
