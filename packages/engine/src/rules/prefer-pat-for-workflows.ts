import { describeCredential, describeResource, envOwner, envOwnerSafety, facts, finding, fix, requiredOwner, sharesCredentialWithOwnCalls, type Rule } from './report.js';

/** R5: a workflow may run models from other apps, which an app-scoped API key cannot reach. */
export const preferPatForWorkflows: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    // Clarifai-owned workflows are no-api-key-outside-app's: they fail outright, they are not a preference.
    if (site.resource.kind !== 'workflow' || site.credential.kind !== 'api-key' || requiredOwner(ctx, site)) return [];
    const data = { resource: describeResource(site), credential: describeCredential(site) };
    const envRead = ctx.envRead('CLARIFAI_PAT');
    const userRead = ctx.envRead('CLARIFAI_USER_ID');
    const appRead = ctx.envRead('CLARIFAI_APP_ID');
    const canSwitch = site.owner.kind === 'missing' && !sharesCredentialWithOwnCalls(ctx, site, sites);
    const switched = canSwitch
      ? fix(envOwnerSafety(ctx), 'switchToPatWithEnvOwner', { envRead, userRead, appRead }, site.retarget(envOwner(ctx), envRead))
      : undefined;
    return [
      finding(ctx, 'prefer-pat-for-workflows', 'workflowWithApiKey', site.node, data, {
        facts: facts(ctx, site),
        ...(switched ? { fix: switched } : {}),
      }),
    ];
  });
