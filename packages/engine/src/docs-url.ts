import { createRequire } from 'node:module';
import type { RuleId } from './types.js';

interface PackageJson {
  version: string;
  repository: { url: string };
}

// The one place the repository's address is read from: this package's package.json (the same address as every
// package of the workspace; a test keeps them equal). Read at run time so that tsc does not copy it into dist/.
const { version, repository } = createRequire(import.meta.url)('../package.json') as PackageJson;

/** The repository's web address: `git+https://host/owner/name.git` without the `git+` and `.git`. */
export const REPOSITORY_URL = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/**
 * A rule's docs page as released with this version: the workspace's packages are released together and tagged
 * `v<version>`, so the page matches the rule a user has installed, not whatever `main` says today.
 */
export function ruleDocsUrl(ruleId: RuleId): string {
  return `${REPOSITORY_URL}/blob/v${version}/packages/eslint-plugin/docs/rules/${ruleId}.md`;
}
