import type { Node } from '../ast.js';
import { ownerKey, type Owner } from '../catalogue.js';
import type { FileContext } from '../context.js';
import { formatMessage, RULE_META } from '../rule-meta.js';
import type { CallSite, OwnerPart, OwnerSpec } from '../sites/site.js';
import type { CallFacts, Finding, Fix, FixSafety, RuleId, TextEdit } from '../types.js';

/** What a rule gets: the file, and every Clarifai call site found in it. */
export interface RuleInput {
  ctx: FileContext;
  sites: CallSite[];
}

export type Rule = (input: RuleInput) => Finding[];

export function finding(
  ctx: FileContext,
  ruleId: RuleId,
  messageId: string,
  at: Node | [number, number],
  data: Record<string, string>,
  extra: { facts?: CallFacts; fix?: Fix } = {},
): Finding {
  const range: [number, number] = Array.isArray(at) ? at : at.range;
  const template = RULE_META[ruleId].messages[messageId];
  if (template === undefined) throw new Error(`Unknown message ${ruleId}/${messageId}`);
  return { ruleId, messageId, data, message: formatMessage(template, data), range, loc: ctx.loc(range), ...extra };
}

/** A fix of these edits, which read the env vars `reads` (full names, as the edits write them). */
export function fix(
  safety: FixSafety,
  messageId: string,
  data: Record<string, string>,
  edits: TextEdit[] | undefined,
  reads: readonly string[] = [],
): Fix | undefined {
  return edits && edits.length > 0 ? { safety, messageId, data, edits, reads: [...new Set(reads)].sort() } : undefined;
}

/**
 * A fix whose edits read the env vars `names` (as given to `ctx.envRead`): with the import those reads need when the
 * file lacks it (SvelteKit's `$env`), and the names with the bundler's prefix as its `reads`.
 */
export function envFix(
  ctx: FileContext,
  safety: FixSafety,
  messageId: string,
  data: Record<string, string>,
  edits: TextEdit[] | undefined,
  names: readonly string[],
): Fix | undefined {
  const reads = names.flatMap((name) => ctx.envVar(name) ?? []);
  return fix(safety, messageId, data, edits && edits.length > 0 && ctx.envImport ? [ctx.envImport, ...edits] : edits, reads);
}

/** The public owner a call must name: the catalogue's owner of its resource, or a public owner it already names. */
export function requiredOwner(ctx: FileContext, site: CallSite): Owner | undefined {
  const { resource } = site;
  // Workflow ids are short names users give their own workflows too (every app had a `General` workflow): an owner
  // the call states is the workflow's owner, and only the catalogue's own owner is checked against it below.
  const ownWorkflow = resource.kind === 'workflow' && statesOwner(site);
  if (resource.id && (resource.kind === 'model' || resource.kind === 'workflow') && !ownWorkflow) {
    const owner = ctx.catalogue.ownerOf(resource.kind, resource.id);
    if (owner) return owner;
  }
  // A call made for each id of a constant list: known when the catalogue gives every id the same owner.
  const { kind, candidates } = resource;
  if (candidates && (kind === 'model' || kind === 'workflow') && !ownWorkflow) {
    const owners = candidates.map((id) => ctx.catalogue.ownerOf(kind, id));
    const [first] = owners;
    if (first && owners.every((o) => o && ownerKey(o) === ownerKey(first))) return first;
  }
  if (site.owner.kind === 'named') {
    const { user, app } = site.owner;
    if (user.value && app.value && ctx.catalogue.isPublicOwner(user.value, app.value)) {
      return { userId: user.value, appId: app.value };
    }
  }
  return undefined;
}

/**
 * The owner a call must name, when it names another one the file states (a literal or an env read): an owner that
 * arrives as a parameter may well be right, so only owners the file states are judged.
 */
export function wrongStatedOwner(ctx: FileContext, site: CallSite): Owner | undefined {
  const target = requiredOwner(ctx, site);
  if (!target || site.owner.kind !== 'named' || !statesOwner(site)) return undefined;
  const { user, app } = site.owner;
  return user.value === target.userId && app.value === target.appId ? undefined : target;
}

/** Whether the call names an owner the file states (a literal or an env read), not one that arrives as a parameter. */
function statesOwner(site: CallSite): boolean {
  if (site.owner.kind !== 'named') return false;
  const stated = (part: OwnerPart) => part.value !== undefined || part.envName !== undefined;
  return stated(site.owner.user) || stated(site.owner.app);
}

export function literalOwner(owner: Owner): OwnerSpec {
  return { kind: 'literal', userId: owner.userId, appId: owner.appId };
}

/** The env vars an owner read from the environment comes from: its user id, its app id. */
export const ENV_OWNER = ['CLARIFAI_USER_ID', 'CLARIFAI_APP_ID'] as const;

/** The owner read from `CLARIFAI_USER_ID` / `CLARIFAI_APP_ID`; undefined where no env read can work. */
export function envOwner(ctx: FileContext): Extract<OwnerSpec, { kind: 'code' }> | undefined {
  const [user, app] = ENV_OWNER.map((name) => ctx.envRead(name));
  return user && app ? { kind: 'code', user, app } : undefined;
}

/** Where the code runs, for messages that say why no env read was written there. */
export function runtimeData(ctx: FileContext): { runtime: string; setIn: string } {
  return { runtime: ctx.runtime?.framework ?? 'an unknown runtime', setIn: ctx.runtime?.setIn ?? '' };
}

/**
 * Whether the credential switch of no-api-key-outside-app or prefer-pat-for-workflows applies to this call: an
 * API key no other call to the key's own app shares, for a resource of another owner or a workflow naming none.
 */
export function switchesToPat(ctx: FileContext, site: CallSite, sites: CallSite[]): boolean {
  if (site.credential.kind !== 'api-key' || sharesCredentialWithOwnCalls(ctx, site, sites)) return false;
  return requiredOwner(ctx, site) !== undefined || (site.resource.kind === 'workflow' && site.owner.kind === 'missing');
}

/**
 * How sure an owner read from `CLARIFAI_USER_ID`/`CLARIFAI_APP_ID` is: a reviewed switch when the code already
 * names those variables, a guess (left for a human) when they come from nowhere the code states.
 */
export function envOwnerSafety(ctx: FileContext, owner: { user: string; app: string }): 'needs-review' | 'guess' {
  const named = (read: string) => ctx.text.includes(read.slice(read.lastIndexOf('.') + 1));
  return named(owner.user) && named(owner.app) ? 'needs-review' : 'guess';
}

/** `Model \`face-detection\``, to open a sentence. */
export function describeResource(site: CallSite): string {
  const target = describeTarget(site);
  return target[0]!.toUpperCase() + target.slice(1);
}

/** `model \`face-detection\``, `workflow \`General\``, or what the request reaches when no id is known. */
export function describeTarget(site: CallSite): string {
  const { kind, id } = site.resource;
  if (kind === 'app-data') return 'the app data it reaches';
  if (kind === 'user-data') return 'the user data it reaches';
  if (id) return `${kind} \`${id}\``;
  if (site.resource.candidates) return `each ${kind} of ${site.resource.candidates.map((c) => `\`${c}\``).join(', ')}`;
  return `the ${kind} it calls`;
}

export function describeCredential(site: CallSite): string {
  return site.credential.name ? `\`${site.credential.name}\`` : 'a value with no telling name';
}

export function describeOwnerPart(part: OwnerPart): string {
  return part.value ?? part.envName ?? part.names[0] ?? '?';
}

export function facts(ctx: FileContext, site: CallSite): CallFacts {
  const target = requiredOwner(ctx, site);
  const named = site.owner.kind === 'named' ? site.owner : undefined;
  let owner: CallFacts['owner'];
  if (site.owner.kind === 'missing') owner = 'missing';
  else if (!named) owner = 'unknown';
  else if (named.user.value === 'clarifai' && named.app.value === 'main') owner = 'clarifai-main';
  else if (named.user.value && named.app.value && ctx.catalogue.isPublicOwner(named.user.value, named.app.value)) owner = 'other-named';
  else owner = 'own';
  return {
    client: site.client,
    credential: site.credential.kind,
    ...(site.credential.name ? { credentialName: site.credential.name } : {}),
    owner,
    ...(named?.user.value ? { ownerUserId: named.user.value } : {}),
    ...(named?.app.value ? { ownerAppId: named.app.value } : {}),
    resourceKind: site.resource.kind,
    ...(site.resource.id ? { resourceId: site.resource.id } : {}),
    ...(target ? { catalogueOwner: ownerKey(target) } : {}),
  };
}

/**
 * Whether switching this call's credential would also switch it for calls that must keep it (calls to the
 * key's own app share the same `Authorization` value or metadata object).
 */
export function sharesCredentialWithOwnCalls(ctx: FileContext, site: CallSite, sites: CallSite[]): boolean {
  const carrier = site.credential.carrier;
  if (!carrier || site.client === 'legacy') return false;
  return sites.some((other) => other !== site && other.credential.carrier === carrier && !requiredOwner(ctx, other));
}
