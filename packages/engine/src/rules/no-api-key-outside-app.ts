import { ownerKey } from '../catalogue.js';
import { describeCredential, describeResource, envFix, facts, finding, literalOwner, requiredOwner, runtimeData, sharesCredentialWithOwnCalls, wrongStatedOwner, type Rule } from './report.js';

/** R1/R2: an app-scoped API key cannot reach clarifai/main or any other owner's resources. */
export const noApiKeyOutsideApp: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    const target = requiredOwner(ctx, site);
    if (site.credential.kind !== 'api-key' || !target) return [];
    const { conflict } = site.credential;
    // A key whose names disagree, sent with an owner the file states wrongly: the owner is wrong whatever it holds,
    // which require-clarifai-owner fixes first; what the key holds is asked once that is done.
    if (conflict && wrongStatedOwner(ctx, site)) return [];
    const owner = ownerKey(target);
    const data = { resource: describeResource(site), owner, credential: describeCredential(site), ...(conflict ? { conflict } : {}) };
    const shared = sharesCredentialWithOwnCalls(ctx, site, sites);
    const envRead = ctx.envRead('CLARIFAI_PAT');
    // Names that disagree leave the switch a guess: the code works as it is when the variable holds a PAT.
    const safety = conflict ? 'guess' : 'needs-review';
    const switched =
      shared || !envRead ? undefined : envFix(ctx, safety, 'switchToPat', { envRead, owner }, site.retarget(literalOwner(target), envRead), ['CLARIFAI_PAT']);
    // Where no env read can work, no PAT read is written: the message says why and what to do instead.
    const noEnv = !shared && !envRead;
    const messageId = conflict ? 'ambiguousCredential' : shared ? 'apiKeyOutsideAppShared' : noEnv ? 'apiKeyOutsideAppNoEnv' : 'apiKeyOutsideApp';
    return [
      finding(ctx, 'no-api-key-outside-app', messageId, site.node, noEnv ? { ...data, ...runtimeData(ctx) } : data, {
        facts: facts(ctx, site),
        ...(switched ? { fix: switched } : {}),
      }),
    ];
  });
