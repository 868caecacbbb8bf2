import type { RuleId } from './types.js';

/** What every front end needs to know about a rule: its docs line, its messages and whether it can fix. */
export interface RuleMeta {
  id: RuleId;
  type: 'problem' | 'suggestion';
  description: string;
  /** The rule from NOTES.md / the seeds that it enforces. */
  enforces: string;
  recommended: boolean;
  /** Whether some findings carry a safe fix (ESLint autofix). */
  fixable: boolean;
  /** Whether some findings carry a needs-review fix (ESLint suggestion). */
  hasSuggestions: boolean;
  messages: Record<string, string>;
}

const SWITCH_TO_PAT = 'Send a PAT read from {{envRead}} and name the owner {{owner}}.';
const SWITCH_TO_PAT_APP = 'Create a separate client with a PAT read from {{envRead}} for {{owner}}.';

export const RULE_META: Record<RuleId, RuleMeta> = {
  'no-api-key-outside-app': {
    id: 'no-api-key-outside-app',
    type: 'problem',
    description: 'Disallow app-scoped API keys for models and workflows owned by another app (such as clarifai/main)',
    enforces: 'R1, R2 (API 9.3)',
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    messages: {
      apiKeyOutsideApp:
        '{{resource}} belongs to {{owner}}, but this call sends an API key ({{credential}}). Since API 9.3 an API key reaches only its own app: send a PAT and name the owner {{owner}}.',
      apiKeyOutsideAppShared:
        '{{resource}} belongs to {{owner}}, but this call sends an API key ({{credential}}) that other calls to your own app share. Since API 9.3 an API key reaches only its own app: give this call a PAT and name the owner {{owner}}.',
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
    enforces: 'R3 (API 9.3)',
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
    enforces: 'R4 (API 11.6, June 2025)',
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
    enforces: 'R5 (API 9.3)',
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    messages: {
      workflowWithApiKey:
        '{{resource}} is called with an API key ({{credential}}). An API key works only for a workflow whose models are all in its own app: send a PAT and name the workflow owner.',
      switchToPatWithEnvOwner: 'Send a PAT read from {{envRead}} and read the owner from {{userRead}} and {{appRead}}.',
    },
  },
  'no-legacy-credentials': {
    id: 'no-legacy-credentials',
    type: 'problem',
    description: 'Disallow client id / client secret credentials and Bearer access tokens, retired in 2017',
    enforces: 'R6 (2017)',
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
    enforces: 'R7 (PAT page)',
    recommended: true,
    fixable: false,
    hasSuggestions: true,
    messages: {
      hardcoded:
        'A Clarifai {{kind}} is written in source ({{name}}). Read it from the environment ({{envVar}}) and rotate this one: it stays in your history.',
      readFromEnv: 'Read it from {{envRead}}.',
    },
  },
  'no-deprecated-client': {
    id: 'no-deprecated-client',
    type: 'suggestion',
    description: 'Disallow the unmaintained legacy `clarifai` npm client',
    enforces: 'R1-R5 (the legacy client predates PATs)',
    recommended: false,
    fixable: false,
    hasSuggestions: false,
    messages: {
      legacyClient:
        'The `clarifai` npm package (JavaScript client 2.x) is no longer maintained. Move to `clarifai-nodejs` or to REST with a PAT; until then pass `{ apiKey: <PAT>, userId, appId }` to `Clarifai.App`.',
      legacyClientTooOld:
        'This project pins the `clarifai` npm package at {{version}}, which ignores `userId` and `appId`: no owner can be named with it, so its calls are not fixed here. Upgrade to 2.9.x first (or move to `clarifai-nodejs` or to REST with a PAT).',
    },
  },
};

export const RULE_IDS = Object.keys(RULE_META) as RuleId[];

export function formatMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => data[key] ?? whole);
}
