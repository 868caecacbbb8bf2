/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  // An alias of `recommended`, kept for configs written for older plugins.
  ignoreConfig: ['flat/recommended'],
  ruleDocSectionInclude: ['Why', 'Examples', 'When Not To Use It'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions'],
};
