import { ESLintUtils } from '@typescript-eslint/utils';

/** What this plugin adds to `meta.docs`; read by eslint-doc-generator and by the configs in `index.ts`. */
export interface ClarifaiRuleDocs {
  /** Whether the rule is in `configs.recommended` (every rule is in `configs.strict`). */
  recommended: boolean;
}

const DOCS_BASE = 'https://github.com/clarifai-auth-migration/clarifai-auth-migration/blob/main/packages/eslint-plugin/docs/rules';

export const createRule = ESLintUtils.RuleCreator<ClarifaiRuleDocs>((name) => `${DOCS_BASE}/${name}.md`);
