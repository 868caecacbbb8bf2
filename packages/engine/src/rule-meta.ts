import type { RuleId } from './types.js';

/** What every front end needs to know about a rule: its docs line, its messages and whether it can fix. */
export interface RuleMeta {
  id: RuleId;
  type: 'problem' | 'suggestion';
  description: string;
  /** The change of Clarifai's that the rule enforces, said in full (shown in SARIF as the rule's full description). */
  enforces: string;
  recommended: boolean;
  /**
   * A warning about a risk, not a broken call: ESLint configs turn it on as a warning, and the codemod never
   * counts it as work left (it never blocks the migration).
   */
  advisory?: true;
  /** Whether some findings carry a safe fix (ESLint autofix). */
  fixable: boolean;
  /** Whether some findings carry a needs-review fix (ESLint suggestion). */
  hasSuggestions: boolean;
  messages: Record<string, string>;
}

/** Why no PAT read was written, and the ways out, for code that runs where no env var can be read. */
const NO_ENV =
  'This code runs in {{runtime}}, where no environment variable can be read ({{setIn}}), so no PAT read was written: call Clarifai from your server, or give the page or app a PAT created with only the scopes it needs.';
const PAT_EXPOSED =
  'Anyone who loads the page or installs the app can read it, and a PAT is not tied to an app: it reaches every app of your account. Create a PAT with only the scopes this code needs, or call Clarifai from your server.';
const SWITCH_TO_PAT = 'Send a PAT read from {{envRead}} and name the owner {{owner}}.';
const SWITCH_TO_PAT_APP = 'Create a separate client with a PAT read from {{envRead}} for {{owner}}.';

export const RULE_META: Record<RuleId, RuleMeta> = {
  'no-api-key-outside-app': {
    id: 'no-api-key-outside-app',
    type: 'problem',
    description: 'Disallow app-scoped API keys for models and workflows owned by another app (such as clarifai/main)',
    enforces: 'Since API 9.3 (2023) an API key reaches only the app it was made in, not the models and workflows of clarifai/main or any other owner',
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    messages: {
      apiKeyOutsideApp:
        '{{resource}} belongs to {{owner}}, but this call sends an API key ({{credential}}). Since API 9.3 an API key reaches only its own app: send a PAT and name the owner {{owner}}.',
      apiKeyOutsideAppShared:
        '{{resource}} belongs to {{owner}}, but this call sends an API key ({{credential}}) that other calls share, calls to apps the key may belong to. Since API 9.3 an API key reaches only its own app: give this call a PAT and name the owner {{owner}}, and keep the key for those calls if they reach its app.',
      apiKeyOutsideAppNoEnv: `{{resource}} belongs to {{owner}}, but this call sends an API key ({{credential}}). Since API 9.3 an API key reaches only its own app: it needs a PAT that names the owner {{owner}}. ${NO_ENV}`,
      ambiguousCredential:
        '{{resource}} belongs to {{owner}}, which only a PAT reaches; this call sends {{credential}}, whose names disagree ({{conflict}} says otherwise). If it holds a PAT, the call is right: keep it. If it holds an API key, send a PAT and name the owner {{owner}}.',
      switchToPat: SWITCH_TO_PAT,
      switchToPatApp: SWITCH_TO_PAT_APP,
    },
  },
  'require-user-app-id': {
    id: 'require-user-app-id',
    type: 'problem',
    description: 'Require calls made with a PAT to name the owner of the resource (user_app_id)',
    enforces: 'Since API 9.3 (2023) a call made with a PAT names the owner of what it calls: user_app_id { user_id, app_id }, or /v2/users/{user}/apps/{app}/ in a REST path',
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      missingOwner:
        'This call sends a PAT ({{credential}}) but names no owner for {{target}}. A PAT is not tied to an app: name the owner with user_app_id { user_id, app_id } or /v2/users/{user}/apps/{app}/ in the path.',
      missingPublicOwner:
        '{{resource}} belongs to {{owner}}, and only a PAT that names that owner reaches it; this call names no owner. Send a PAT and name {{owner}} with user_app_id or /v2/users/{user}/apps/{app}/ in the path.',
      addOwner: 'Name the owner {{owner}}.',
      addOwnerFromEnv: 'Read the owner from {{userRead}} and {{appRead}}.',
      addOwnerFromUnreadEnv:
        'Which user and app own {{target}}? If it is your own, read them from {{userRead}} and {{appRead}} (variables this code does not read yet); if it is Clarifai\'s, name clarifai/main.',
    },
  },
  'require-clarifai-owner': {
    id: 'require-clarifai-owner',
    type: 'problem',
    description: "Require Clarifai-owned models and workflows to be called with Clarifai's user and app ids",
    enforces: 'Since API 11.6 (June 2025) a Clarifai-owned model or workflow is reached only by naming its owner clarifai / main, not your own user and app',
    recommended: true,
    fixable: true,
    hasSuggestions: false,
    messages: {
      wrongOwner:
        "{{resource}} belongs to {{owner}}, but this call names {{named}} as its owner. Since API 11.6 your own user and app ids no longer reach Clarifai's models: name {{owner}}.",
      setOwner: 'Name the owner {{owner}} here.',
    },
  },
  'prefer-pat-for-workflows': {
    id: 'prefer-pat-for-workflows',
    type: 'suggestion',
    description: 'Prefer a PAT over an app-scoped API key for workflow calls',
    enforces: "Since API 9.3 (2023) workflows should be called with a PAT: an API key works only for a workflow of its own app made only of that app's models",
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    messages: {
      workflowWithApiKey:
        '{{resource}} is called with an API key ({{credential}}). An API key works only for a workflow whose models are all in its own app: send a PAT and name the workflow owner.',
      workflowWithApiKeyNoEnv: `{{resource}} is called with an API key ({{credential}}). An API key works only for a workflow whose models are all in its own app: it needs a PAT and the workflow owner. ${NO_ENV}`,
      switchToPatWithEnvOwner: 'Send a PAT read from {{envRead}} and read the owner from {{userRead}} and {{appRead}}.',
    },
  },
  'no-legacy-credentials': {
    id: 'no-legacy-credentials',
    type: 'problem',
    description: 'Disallow client id / client secret credentials and Bearer access tokens, retired in 2017',
    enforces: 'Since 2017 client id / client secret access tokens no longer work: API keys replaced them, and PATs later',
    recommended: true,
    fixable: false,
    hasSuggestions: false,
    messages: {
      clientSecret:
        'Client id / client secret authentication was shut down in 2017. Create a PAT and send it as `Authorization: Key <PAT>` (legacy client: `new Clarifai.App({ apiKey: <PAT>, userId, appId })`).',
      tokenEndpoint:
        'The /v1/token access-token endpoint was shut down in 2017. Send a PAT as `Authorization: Key <PAT>` instead.',
      bearerToken:
        "Clarifai's v2 API authenticates with `Authorization: Key <token>`; Bearer access tokens were retired in 2017.",
    },
  },
  'no-hardcoded-credentials': {
    id: 'no-hardcoded-credentials',
    type: 'problem',
    description: 'Disallow Clarifai PATs and API keys written into source code',
    enforces: "Clarifai's PAT page: keep a PAT in an environment variable (CLARIFAI_PAT), not in source",
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    messages: {
      hardcoded:
        'A Clarifai {{kind}} is written in source ({{name}}). Read it from the environment ({{envVar}}) and rotate this one: it stays in your history.',
      hardcodedElsewhere:
        'The Clarifai {{kind}} this call sends ({{name}}) is written in source, in a module it imports: read it from the environment where it is defined, and rotate it: it stays in your history.',
      hardcodedNoEnv:
        'A Clarifai {{kind}} is written in source ({{name}}), in code that runs in {{runtime}}, where no environment variable can be read ({{setIn}}); it was left in place, since a read there would be undefined. Anyone who loads the page or installs the app can read it: call Clarifai from your server (or give the page or app a PAT created with only the scopes it needs), then rotate this one: it stays in your history.',
      readFromEnv: 'Read it from {{envRead}}.',
    },
  },
  'no-deprecated-client': {
    id: 'no-deprecated-client',
    type: 'suggestion',
    description: 'Disallow the unmaintained legacy `clarifai` npm client',
    enforces: 'The legacy client predates app-scoped API keys and PATs that name an owner (API 9.3, 2023)',
    recommended: false,
    fixable: false,
    hasSuggestions: false,
    messages: {
      legacyClient:
        'The `clarifai` npm package (JavaScript client 2.x) is no longer maintained. Move to `clarifai-nodejs` or to REST with a PAT; until then pass `{ apiKey: <PAT>, userId, appId }` to `Clarifai.App`.',
      legacyGlobal:
        'This is the browser build of the `clarifai` npm package (the `Clarifai` global of a <script> tag, JavaScript client 2.x), which is no longer maintained. Move to REST with a PAT; until then pass `{ apiKey: <PAT>, userId, appId }` to `Clarifai.App`.',
      legacyClientUse:
        'This is the API of the `clarifai` npm package (JavaScript client 2.x: `{{surface}}`) on a client made elsewhere; the package is no longer maintained. Move to `clarifai-nodejs` or to REST with a PAT; until then the `Clarifai.App` it comes from needs `{ apiKey: <PAT>, userId, appId }`.',
      legacyClientTooOld:
        'This project pins the `clarifai` npm package at {{version}}, which ignores `userId` and `appId`: no owner can be named with it, so its calls are not fixed here. Upgrade to 2.9.x first (or move to `clarifai-nodejs` or to REST with a PAT).',
    },
  },
  'no-pat-in-browser': {
    id: 'no-pat-in-browser',
    type: 'problem',
    description: 'Warn when code shipped to the browser sends a Clarifai PAT, or will once migrated',
    enforces: 'PAT page (a PAT reaches every app of the account)',
    recommended: true,
    advisory: true,
    fixable: false,
    hasSuggestions: false,
    messages: {
      patInBrowser: `This code runs on its users' devices ({{runtime}}) and sends a PAT ({{credential}}). ${PAT_EXPOSED}`,
      patInBrowserAfterFix: `This code runs on its users' devices ({{runtime}}); the fix for this call sends a PAT ({{envRead}}) instead of the API key. ${PAT_EXPOSED}`,
    },
  },
};

export const RULE_IDS = Object.keys(RULE_META) as RuleId[];

export function formatMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => data[key] ?? whole);
}
