import { Catalogue } from './catalogue.js';
import { FileContext } from './context.js';
import { markDefinedElsewhere } from './modules/elsewhere.js';
import { linkerFor } from './modules/linker.js';
import { withoutFixesTooOldClientIgnores } from './fixes/client-version.js';
import { withGuardedConstantsSwitched } from './fixes/guarded-binding.js';
import { withoutOrphans } from './fixes/orphans.js';
import { mightCallClarifai } from './prefilter.js';
import { RULE_IDS } from './rule-meta.js';
import { noApiKeyOutsideApp } from './rules/no-api-key-outside-app.js';
import { noDeprecatedClient } from './rules/no-deprecated-client.js';
import { noHardcodedCredentials } from './rules/no-hardcoded-credentials.js';
import { noLegacyCredentials } from './rules/no-legacy-credentials.js';
import { noPatInBrowser } from './rules/no-pat-in-browser.js';
import { preferPatForWorkflows } from './rules/prefer-pat-for-workflows.js';
import type { Rule } from './rules/report.js';
import { requireClarifaiOwner } from './rules/require-clarifai-owner.js';
import { requireUserAppId } from './rules/require-user-app-id.js';
import { findGrpcSites } from './sites/grpc.js';
import { findLegacySites } from './sites/legacy.js';
import { findRestSites } from './sites/rest.js';
import { findSdkSites } from './sites/sdk.js';
import type { CallSite } from './sites/site.js';
import { envReadsOfCalls } from './env-reads.js';
import type { EngineInput, EngineOptions, Finding, RuleId, RuntimeFacts } from './types.js';

const RULES: Record<RuleId, Rule> = {
  'no-api-key-outside-app': noApiKeyOutsideApp,
  'require-user-app-id': requireUserAppId,
  'require-clarifai-owner': requireClarifaiOwner,
  'prefer-pat-for-workflows': preferPatForWorkflows,
  'no-legacy-credentials': noLegacyCredentials,
  'no-hardcoded-credentials': noHardcodedCredentials,
  'no-deprecated-client': noDeprecatedClient,
  'no-pat-in-browser': noPatInBrowser,
};

export interface AnalyzeOptions extends EngineOptions {
  /** Only these rules run (all by default). */
  rules?: readonly RuleId[];
}

function findSites(ctx: FileContext): CallSite[] {
  return [...findRestSites(ctx), ...findGrpcSites(ctx), ...findLegacySites(ctx), ...findSdkSites(ctx)];
}

/** The environment variables the file's Clarifai calls read (credential and owner): what must be set where it runs. */
export function callEnvReads(input: EngineInput, options: EngineOptions = {}): string[] {
  if (!mightCallClarifai(input.text)) return [];
  const ctx = fileContext(input, options);
  return envReadsOfCalls(ctx, findSites(ctx));
}

/**
 * Where the file runs: its `runtime`, or the alternative the project gave for the side the file's own code shows
 * (`RuntimeFacts.byCode`), as the rules saw it.
 */
export function placedRuntime(input: EngineInput): RuntimeFacts | undefined {
  if (!input.runtime?.byCode) return input.runtime;
  // The file alone: its imports say its side; following the project's modules adds nothing to that.
  const { ast, scopeManager, text, runtime } = input;
  return fileContext({ ast, scopeManager, text, runtime }, {}).runtime;
}

const catalogues = new Map<string, Catalogue>();

/** One catalogue per distinct set of user additions, so a lint run builds it once, not once per file. */
function catalogueFor(options: EngineOptions): Catalogue {
  const key = JSON.stringify([options.clarifaiModelIds, options.clarifaiWorkflowIds, options.ownResourceIds]);
  let catalogue = catalogues.get(key);
  if (!catalogue) {
    catalogue = new Catalogue(options);
    catalogues.set(key, catalogue);
  }
  return catalogue;
}

/**
 * Every finding in one parsed file, ordered by position (and, at one position, by rule order, which is also
 * the order in which overlapping fixes win).
 */
export function analyze(input: EngineInput, options: AnalyzeOptions = {}): Finding[] {
  if (!mightCallClarifai(input.text)) return [];
  const ctx = fileContext(input, options);
  const sites = findSites(ctx);
  const wanted = options.rules ?? RULE_IDS;
  const findings = markDefinedElsewhere(ctx, sites, withoutFixesTooOldClientIgnores(wanted.flatMap((id) => RULES[id]({ ctx, sites })), options));
  // Every fix also removes the constants it leaves unread, so no rule has to think of it.
  // A constant that is checked before use changes where it is declared, so the check follows (or the finding says not).
  const guarded = withGuardedConstantsSwitched(ctx, input.scopeManager, findings);
  for (const f of guarded) if (f.fix) f.fix.edits = withoutOrphans(ctx.text, input.scopeManager, ctx.parents, f.fix.edits);
  return guarded.sort((a, b) => a.range[0] - b.range[0] || RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId));
}

/** The context the call-site finders work on; with a module host, imports of the project's modules are followed. */
export function fileContext(input: EngineInput, options: EngineOptions): FileContext {
  const linker = input.modules && input.filename !== undefined ? linkerFor(input.modules) : undefined;
  linker?.beginFile();
  return new FileContext(input, options, catalogueFor(options), linker?.linkFor(input.filename!));
}
