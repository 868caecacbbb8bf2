import type { TSESTree } from '@typescript-eslint/types';
import type { ScopeManager } from '@typescript-eslint/scope-manager';
import type { ModuleHost } from './modules/host.js';

export type { ModuleHost } from './modules/host.js';

/** One replacement of `text[range[0]..range[1])`; the same shape as ESLint's `RuleFix`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/**
 * `safe`: changes only the request's shape (owner, path) and keeps the same secret: an ESLint autofix.
 * `needs-review`: changes which secret is sent, or reads a new variable: an ESLint suggestion; the codemod
 * applies it (unless `--safe-only`) and lists it in its report.
 * `guess`: rests on something the code does not state (an owner from env names it never reads, a credential whose
 * names disagree): an ESLint suggestion; the codemod leaves the call for a human with the question to answer.
 */
export type FixSafety = 'safe' | 'needs-review' | 'guess';

export interface Fix {
  safety: FixSafety;
  /** Message id (in the rule's messages) describing what the fix does; used as the suggestion text. */
  messageId: string;
  data: Record<string, string>;
  edits: TextEdit[];
  /** The env var names the edits read (with the bundler's prefix), sorted and unique; empty when they read none. */
  reads: string[];
}

export type RuleId =
  | 'no-api-key-outside-app'
  | 'require-user-app-id'
  | 'require-clarifai-owner'
  | 'prefer-pat-for-workflows'
  | 'no-legacy-credentials'
  | 'no-hardcoded-credentials'
  | 'no-deprecated-client'
  | 'no-pat-in-browser';

export type ClientKind = 'rest' | 'grpc' | 'legacy' | 'sdk';
export type CredentialKind = 'api-key' | 'pat' | 'client-secret' | 'unknown';
/** Who owns the resource a call names: Clarifai's public app, another named owner, the caller, or nobody said. */
export type OwnerKind = 'clarifai-main' | 'other-named' | 'own' | 'missing' | 'unknown';

export interface Position {
  /** 1-based, as in ESLint. */
  line: number;
  /** 0-based, as in ESTree. */
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

/** What the engine resolved about a call site; shown in reports and used by the rules. */
export interface CallFacts {
  client: ClientKind;
  credential: CredentialKind;
  /** How the credential was recognised: a variable or env var name, a property name; never its value. */
  credentialName?: string;
  owner: OwnerKind;
  ownerUserId?: string;
  ownerAppId?: string;
  resourceKind?: 'model' | 'workflow' | 'app-data' | 'user-data';
  resourceId?: string;
  /** The owner that the catalogue says the resource belongs to (`clarifai/main`, `openai/chat-completion`, ...). */
  catalogueOwner?: string;
}

export interface Finding {
  ruleId: RuleId;
  messageId: string;
  /** Placeholder values for the message; never a secret value. */
  data: Record<string, string>;
  /** The message with placeholders filled in. */
  message: string;
  range: [number, number];
  loc: SourceLocation;
  facts?: CallFacts;
  fix?: Fix;
  /**
   * Where the client or value a fix would have to change is defined, when that is another module (the path
   * relative to the analysed file's folder, 1-based line). Such a finding has no fix in this file.
   */
  definedIn?: { module: string; line: number };
  /**
   * A constant the fix switches at this call but not at its declaration (other code uses it) is checked for
   * presence on `line`, and that check still tests `envName`, not `sent`, the variable the fixed call sends.
   */
  checkLeft?: { name: string; line: number; envName: string; sent: string };
}

/** What a user can tell the engine (ESLint rule options / `settings.clarifai`, codemod flags or config). */
export interface EngineOptions {
  /** Identifier or env var names (exact, case-insensitive) that hold a PAT. */
  patNames?: string[];
  /** Identifier or env var names (exact, case-insensitive) that hold an app-scoped API key. */
  apiKeyNames?: string[];
  /** Extra model ids owned by clarifai/main (or `owner/app/id` for other owners). */
  clarifaiModelIds?: string[];
  /** Extra workflow ids owned by clarifai/main (or `owner/app/id`). */
  clarifaiWorkflowIds?: string[];
  /** The user's own model or workflow ids that share a name with a catalogued one: never treat them as Clarifai's. */
  ownResourceIds?: string[];
  /** The legacy `clarifai` client's version the file runs with (the project layer reads it); before 2.9 it ignores userId/appId. */
  legacyClientVersion?: string;
}

/** The parsed input the engine analyses: exactly what ESLint's typescript-eslint parser produces. */
export interface EngineInput {
  ast: TSESTree.Program;
  scopeManager: ScopeManager;
  text: string;
  /** Chooses a parse mode and an environment-variable style; with `modules`, imports are resolved from it. */
  filename?: string;
  /** Resolves and reads the project's modules, so that values imported from them are followed. */
  modules?: ModuleHost;
  /** Where the file's code runs, as the project layer found it; without it, env reads follow the file (else Node's). */
  runtime?: RuntimeFacts;
}

/**
 * Where a file's code runs and which env reads exist there (found by `@clarifai-auth/project`, see docs/ENGINE.md).
 * The file's own env reads still decide the style; these facts decide when it has none.
 */
export interface RuntimeFacts {
  /** `server`: Node or a server runtime; `browser`: shipped to whoever loads the page; `unknown`: the project did not say. */
  target: 'server' | 'browser' | 'unknown';
  /** For people: `Vite`, `Next.js (client component)`, `a plain HTML page`, ... */
  framework: string;
  /** How an env var is read here; absent where no env read can exist (a page with no bundler, a content script). */
  env?: EnvAccess;
  /** Where a user sets the variables for this runtime (or, without `env`, why there are none). */
  setIn: string;
  /**
   * Without `env`: no env read works here, the file's own included (a page with no build step, an app bundle with no
   * env plugin), so no fix copies their style. Otherwise a file's own reads show a build the project layer did not find.
   */
  envless?: true;
  /**
   * Where the file runs instead when its own code shows a side its path cannot (a Node script in a Vite package, a
   * Next.js component with hooks but no `'use client'`): `server` when it imports a server-only module or reads
   * `process.argv`, `client` when it calls a client-only React hook or sets an event handler on an HTML element
   * (code-side.ts).
   */
  byCode?: { server?: RuntimeFacts; client?: RuntimeFacts };
}

export interface EnvAccess {
  /** `process.env.` or `import.meta.env.`; `env.` for a `module` that exports the variables as `env`. */
  object: string;
  /** The module to import `env` from (SvelteKit: `$env/dynamic/public`, `$env/dynamic/private`); the fixes add the import. */
  module?: string;
  /** The prefix the bundler requires to expose a variable: `VITE_`, `REACT_APP_`, `NEXT_PUBLIC_`, or ''. */
  prefix: string;
}
