import { ownerKey } from '../catalogue.js';
import { describeOwnerPart, describeResource, facts, finding, fix, literalOwner, requiredOwner, type Rule } from './report.js';

/** R4 (API 11.6): a Clarifai-owned model or workflow is reached only by naming its real owner. */
export const requireClarifaiOwner: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    if (site.owner.kind !== 'named' || site.credential.kind === 'api-key' || site.credential.kind === 'client-secret') {
      return [];
    }
    const target = requiredOwner(ctx, site);
    const { user, app } = site.owner;
    if (!target || (user.value === target.userId && app.value === target.appId)) return [];
    // An owner that arrives as a parameter may well be right: only owners the file states are judged.
    const stated = (part: typeof user) => part.value !== undefined || part.envName !== undefined;
    if (!stated(user) && !stated(app)) return [];
    const owner = ownerKey(target);
    const named = `${describeOwnerPart(user)}/${describeOwnerPart(app)}`;
    const set = fix('safe', 'setOwner', { owner }, site.retarget(literalOwner(target)));
    return [
      finding(ctx, 'require-clarifai-owner', 'wrongOwner', site.node, { resource: describeResource(site), owner, named }, {
        facts: facts(ctx, site),
        ...(set ? { fix: set } : {}),
      }),
    ];
  });
