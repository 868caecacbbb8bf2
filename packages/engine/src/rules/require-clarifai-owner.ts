import { ownerKey } from '../catalogue.js';
import { describeOwnerPart, describeResource, facts, finding, fix, literalOwner, wrongStatedOwner, type Rule } from './report.js';

/** R4 (API 11.6): a Clarifai-owned model or workflow is reached only by naming its real owner. */
export const requireClarifaiOwner: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    // An API key is no-api-key-outside-app's; one whose names disagree (it may hold a PAT) needs this owner either way.
    if (site.owner.kind !== 'named' || (site.credential.kind === 'api-key' && !site.credential.conflict) || site.credential.kind === 'client-secret') {
      return [];
    }
    const target = wrongStatedOwner(ctx, site);
    if (!target) return [];
    const { user, app } = site.owner;
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
