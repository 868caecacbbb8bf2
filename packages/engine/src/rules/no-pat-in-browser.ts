import { isPublicEnvName } from '../style.js';
import type { FileContext } from '../context.js';
import type { CallSite } from '../sites/site.js';
import { describeCredential, facts, finding, switchesToPat, type Rule } from './report.js';

/**
 * A PAT in a browser bundle is readable by every visitor and reaches every app of the account (the PAT page).
 * Reported where a call already sends one, and where the credential switch of another rule would make it send one;
 * never blocks that switch: the old call is broken either way.
 */
export const noPatInBrowser: Rule = ({ ctx, sites }) =>
  sites.flatMap((site) => {
    if (!inBrowser(ctx, site)) return [];
    const data = { runtime: ctx.runtime?.target === 'browser' ? ctx.runtime.framework : 'a browser bundle' };
    if (site.credential.kind === 'pat') {
      return [finding(ctx, 'no-pat-in-browser', 'patInBrowser', site.node, { ...data, credential: describeCredential(site) }, { facts: facts(ctx, site) })];
    }
    const envRead = ctx.envRead('CLARIFAI_PAT');
    if (!envRead || !switchesToPat(ctx, site, sites)) return [];
    return [finding(ctx, 'no-pat-in-browser', 'patInBrowserAfterFix', site.node, { ...data, envRead }, { facts: facts(ctx, site) })];
  });

/** The project says the file is browser code, or its credential is read from a variable bundlers expose to it. */
function inBrowser(ctx: FileContext, site: CallSite): boolean {
  const name = site.credential.name;
  return ctx.runtime?.target === 'browser' || (name !== undefined && isPublicEnvName(name));
}
