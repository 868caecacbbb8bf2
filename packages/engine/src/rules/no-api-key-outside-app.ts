import { ownerKey } from '../catalogue.js';
import { describeCredential, describeResource, facts, finding, fix, literalOwner, requiredOwner, sharesCredentialWithOwnCalls, type Rule } from './report.js';

/** R1/R2: an app-scoped API key cannot reach clarifai/main or any other owner's resources. */
export const noApiKeyOutsideApp: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    const target = requiredOwner(ctx, site);
    if (site.credential.kind !== 'api-key' || !target) return [];
    const owner = ownerKey(target);
    const data = { resource: describeResource(site), owner, credential: describeCredential(site) };
    const shared = sharesCredentialWithOwnCalls(ctx, site, sites);
    const envRead = ctx.envRead('CLARIFAI_PAT');
    const switched = shared ? undefined : fix('needs-review', 'switchToPat', { envRead, owner }, site.retarget(literalOwner(target), envRead));
    return [
      finding(ctx, 'no-api-key-outside-app', shared ? 'apiKeyOutsideAppShared' : 'apiKeyOutsideApp', site.node, data, {
        facts: facts(ctx, site),
        ...(switched ? { fix: switched } : {}),
      }),
    ];
  });
