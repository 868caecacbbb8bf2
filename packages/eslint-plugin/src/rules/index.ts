import type { RuleId } from '@clarifai-auth/engine';
import type { EngineRule } from '../engine-adapter.js';
import noApiKeyOutsideApp from './no-api-key-outside-app.js';
import noDeprecatedClient from './no-deprecated-client.js';
import noHardcodedCredentials from './no-hardcoded-credentials.js';
import noLegacyCredentials from './no-legacy-credentials.js';
import noPatInBrowser from './no-pat-in-browser.js';
import preferPatForWorkflows from './prefer-pat-for-workflows.js';
import requireClarifaiOwner from './require-clarifai-owner.js';
import requireUserAppId from './require-user-app-id.js';

/** Every engine rule, by id; `satisfies` fails the build when the engine gains a rule this list lacks. */
export const rules = {
  'no-api-key-outside-app': noApiKeyOutsideApp,
  'require-user-app-id': requireUserAppId,
  'require-clarifai-owner': requireClarifaiOwner,
  'prefer-pat-for-workflows': preferPatForWorkflows,
  'no-legacy-credentials': noLegacyCredentials,
  'no-hardcoded-credentials': noHardcodedCredentials,
  'no-deprecated-client': noDeprecatedClient,
  'no-pat-in-browser': noPatInBrowser,
} satisfies Record<RuleId, EngineRule>;
