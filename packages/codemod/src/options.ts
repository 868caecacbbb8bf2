import { RULE_IDS, type RuleId } from '@clarifai-auth/engine';
import type { MigrateOptions } from './migrate-file.js';

/** `--only a,b` (or a list of such values) → rule ids; an unknown id is an error that names the known ones. */
export function parseRuleList(value: string | readonly string[]): RuleId[] {
  const ids = (typeof value === 'string' ? [value] : value).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !(RULE_IDS as string[]).includes(id));
  if (unknown.length > 0) {
    throw new Error(`unknown rule ${unknown.map((id) => `'${id}'`).join(', ')}; the rules are: ${RULE_IDS.join(', ')}`);
  }
  return ids as RuleId[];
}

/** The options both front doors share, as jscodeshift passes unknown CLI flags: `--safe-only`, `--only=a,b`. */
export interface SharedFlags {
  'safe-only'?: boolean;
  only?: string | string[];
}

export function migrateOptionsFrom(flags: SharedFlags): MigrateOptions {
  return {
    allowed: flags['safe-only'] ? ['safe'] : ['safe', 'needs-review'],
    ...(flags.only !== undefined ? { rules: parseRuleList(flags.only) } : {}),
  };
}
