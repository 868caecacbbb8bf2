import { ownerKey } from '../catalogue.js';
import { ENV_OWNER, describeCredential, describeResource, describeTarget, envFix, envOwner, envOwnerSafety, facts, finding, fix, literalOwner, requiredOwner, type Rule } from './report.js';

/** R3: a PAT is not tied to an app, so every call made with one names the owner of what it reaches. */
export const requireUserAppId: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    if (site.owner.kind !== 'missing') return [];
    const target = requiredOwner(ctx, site);
    const { kind } = site.credential;
    if (kind !== 'pat' && !(kind === 'unknown' && target)) return [];
    const resource = describeResource(site);
    if (target) {
      const owner = ownerKey(target);
      const named = fix('safe', 'addOwner', { owner }, site.retarget(literalOwner(target)));
      const messageId = kind === 'pat' ? 'missingOwner' : 'missingPublicOwner';
      return [
        finding(ctx, 'require-user-app-id', messageId, site.node, { resource, target: describeTarget(site), owner, credential: describeCredential(site) }, {
          facts: facts(ctx, site),
          ...(named ? { fix: named } : {}),
        }),
      ];
    }
    const owner = envOwner(ctx);
    // An owner from env names the code never mentions is a guess: the suggestion asks who owns the resource.
    const safety = owner && envOwnerSafety(ctx, owner);
    const fixMessage = safety === 'guess' ? 'addOwnerFromUnreadEnv' : 'addOwnerFromEnv';
    const fromEnv =
      owner?.kind === 'code' && safety
        ? envFix(ctx, safety, fixMessage, { userRead: owner.user, appRead: owner.app, target: describeTarget(site) }, site.retarget(owner), ENV_OWNER)
        : undefined;
    return [
      finding(ctx, 'require-user-app-id', 'missingOwner', site.node, { target: describeTarget(site), credential: describeCredential(site) }, {
        facts: facts(ctx, site),
        ...(fromEnv ? { fix: fromEnv } : {}),
      }),
    ];
  });
