import type { TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../ast.js';
import type { FileContext } from '../context.js';
import { syntheticNodes } from '../scope.js';
import { readString, replaceInString, type StringValue } from '../strings.js';
import { allOf, ownerFromKeys, ownerPart, ownerValues, readCredential, replaceOwnerKeys, replacePropertyValue, switchToken } from './shared.js';
import type { CallSite, Credential, OwnerState, Resource } from './site.js';

export const SDK_MODULE = 'clarifai-nodejs';
const RESOURCE_CLASSES: Record<string, { kind: Resource['kind']; idKey: string; urlType: string }> = {
  Model: { kind: 'model', idKey: 'modelId', urlType: 'models' },
  Workflow: { kind: 'workflow', idKey: 'workflowId', urlType: 'workflows' },
};

/** `https://clarifai.com/{user}/{app}/{models|workflows}/{id}[/versions/{v}]`, as the SDK splits it. */
const RESOURCE_URL = /^https?:\/\/(?:www\.)?clarifai\.com\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)/;

export function findSdkSites(ctx: FileContext): CallSite[] {
  const sites: CallSite[] = [];
  for (const ctor of ctx.news) {
    const origin = ctx.moduleOf(ctor.callee);
    const shape = origin?.module === SDK_MODULE ? RESOURCE_CLASSES[origin.imported] : undefined;
    const config = shape && ctor.arguments[0] ? ctx.objects.asObject(ctor.arguments[0]) : undefined;
    if (!shape || !config) continue;
    const url = ctx.objects.property(config, 'url')?.value;
    const site = url ? urlSite(ctx, ctor, config, shape.kind, readString(ctx, url)) : idSite(ctx, ctor, config, shape);
    if (site) sites.push(site);
  }
  return sites;
}

/** The SDK sends whatever `authConfig.pat` holds as `Key <pat>`, falling back to `CLARIFAI_PAT`. */
function sdkCredential(ctx: FileContext, authConfig: TSESTree.ObjectExpression | undefined) {
  const pat = authConfig && ctx.objects.property(authConfig, 'pat');
  const credential: Credential = pat
    ? readCredential(ctx, pat.value, true)
    : { kind: 'pat', name: 'CLARIFAI_PAT', scheme: 'key' };
  if (credential.kind === 'unknown') Object.assign(credential, { kind: 'pat', name: 'pat' });
  return { credential, pat };
}

function urlSite(
  ctx: FileContext,
  ctor: TSESTree.NewExpression,
  config: TSESTree.ObjectExpression,
  kind: Resource['kind'],
  url: StringValue,
): CallSite | undefined {
  const match = RESOURCE_URL.exec(url.text);
  if (!match) return undefined;
  const [whole, user, app, , id] = match as unknown as [string, string, string, string, string];
  const userStart = whole.indexOf(`/${user}/`) + 1;
  const appStart = userStart + user.length + 1;
  const authConfig = authConfigOf(ctx, config);
  const { credential, pat } = sdkCredential(ctx, authConfig);
  const owner: OwnerState = {
    kind: 'named',
    user: user.includes('\0') ? { names: [] } : { value: user, names: [] },
    app: app.includes('\0') ? { names: [] } : { value: app, names: [] },
  };
  return {
    client: 'sdk',
    node: ctor,
    resource: id.includes('\0') ? { kind } : { kind, id },
    credential,
    owner,
    retarget(spec, token) {
      if (spec.kind !== 'literal') return undefined;
      const quote = (t: string) => ctx.quote(t, config);
      const userEdit = replaceInString(url, userStart, userStart + user.length, spec.userId, quote);
      const appEdit = replaceInString(url, appStart, appStart + app.length, spec.appId, quote);
      const tokenEdits = token === undefined ? [] : pat && switchToken(ctx, pat.value, token, true);
      return allOf(userEdit, appEdit, tokenEdits);
    },
  };
}

function idSite(
  ctx: FileContext,
  ctor: TSESTree.NewExpression,
  config: TSESTree.ObjectExpression,
  shape: { kind: Resource['kind']; idKey: string },
): CallSite | undefined {
  const idValue = ctx.objects.property(config, shape.idKey)?.value;
  if (!idValue) return undefined;
  const id = ownerPart(ctx, idValue).value;
  const authProperty = ctx.objects.property(config, 'authConfig');
  const authConfig = authConfigOf(ctx, config);
  const { credential, pat } = sdkCredential(ctx, authConfig);
  // Without authConfig the SDK reads CLARIFAI_USER_ID / CLARIFAI_APP_ID: the owner is set outside the code.
  const owner: OwnerState = authConfig ? ownerFromKeys(ctx, authConfig, ['userId'], ['appId']) : { kind: 'unknown' };
  return {
    client: 'sdk',
    node: ctor,
    resource: id ? { kind: shape.kind, id } : { kind: shape.kind },
    credential,
    owner,
    retarget(spec, token) {
      if (!authProperty || !authConfig) return undefined;
      const [user, app] = ownerValues(ctx, spec, authConfig);
      const tokenEdits = token === undefined ? [] : pat && switchToken(ctx, pat.value, token, true);
      const inline = unwrap(authProperty.value);
      if (inline === authConfig && !syntheticNodes.has(authConfig) && authProperty.object === config) {
        return allOf(replaceOwnerKeys(ctx, authConfig, ['userId'], ['appId'], user, app), tokenEdits);
      }
      // A shared authConfig object: override the owner for this client only.
      if (token !== undefined || authProperty.object !== config) return undefined;
      const spread = `{ ...${ctx.source(authProperty.value)}, userId: ${user}, appId: ${app} }`;
      return [replacePropertyValue(authProperty.property, spread)];
    },
  };
}

function authConfigOf(ctx: FileContext, config: TSESTree.ObjectExpression): TSESTree.ObjectExpression | undefined {
  const value = ctx.objects.property(config, 'authConfig')?.value;
  return value ? ctx.objects.asObject(value) : undefined;
}
