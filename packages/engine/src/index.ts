export { analyze, callEnvReads, placedRuntime, type AnalyzeOptions } from './analyze.js';
export { envReadsOf } from './env-names.js';
export { REPOSITORY_URL, ruleDocsUrl } from './docs-url.js';
export { applyFixes, fixesOf, fixUntilStable, mergeEdits } from './fixes.js';
export { ParseError, parseForEngine, usesJsx, type Parsed } from './parse.js';
export { mightCallClarifai } from './prefilter.js';
export { formatMessage, RULE_IDS, RULE_META, type RuleMeta } from './rule-meta.js';
export type * from './types.js';
export { sharedClientFix, sharedClientUses, type SharedClient } from './modules/shared-client.js';
