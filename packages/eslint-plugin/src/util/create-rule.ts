import { ruleDocsUrl, type RuleId } from '@clarifai-auth/engine';
import { ESLintUtils } from '@typescript-eslint/utils';

/** What this plugin adds to `meta.docs`; read by eslint-doc-generator and by the configs in `index.ts`. */
export interface ClarifaiRuleDocs {
  /** Whether the rule is in `configs.recommended` (every rule is in `configs.strict`). */
  recommended: boolean;
}

export const createRule = ESLintUtils.RuleCreator<ClarifaiRuleDocs>((name) => ruleDocsUrl(name as RuleId));
