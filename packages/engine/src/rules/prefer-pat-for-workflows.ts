import { ENV_OWNER, describeCredential, describeResource, envFix, envOwner, envOwnerSafety, facts, finding, requiredOwner, runtimeData, sharesCredentialWithOwnCalls, type Rule } from './report.js';

/** R5: a workflow may run models from other apps, which an app-scoped API key cannot reach. */
export const preferPatForWorkflows: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    // Clarifai-owned workflows are no-api-key-outside-app's: they fail outright, they are not a preference.
    if (site.resource.kind !== 'workflow' || site.credential.kind !== 'api-key' || requiredOwner(ctx, site)) return [];
    const data = { resource: describeResource(site), credential: describeCredential(site) };
    const envRead = ctx.envRead('CLARIFAI_PAT');
    const canSwitch = site.owner.kind === 'missing' && !sharesCredentialWithOwnCalls(ctx, site, sites);
    const owner = envOwner(ctx);
    const switched =
      canSwitch && envRead && owner
        ? envFix(ctx, envOwnerSafety(ctx, owner), 'switchToPatWithEnvOwner', { envRead, userRead: owner.user, appRead: owner.app }, site.retarget(owner, envRead), [
            'CLARIFAI_PAT',
            ...ENV_OWNER,
          ])
        : undefined;
    // Where no env read can work, no PAT read is written: the message says why and what to do instead.
    const noEnv = canSwitch && !envRead;
    return [
      finding(ctx, 'prefer-pat-for-workflows', noEnv ? 'workflowWithApiKeyNoEnv' : 'workflowWithApiKey', site.node, noEnv ? { ...data, ...runtimeData(ctx) } : data, {
        facts: facts(ctx, site),
        ...(switched ? { fix: switched } : {}),
      }),
    ];
  });
