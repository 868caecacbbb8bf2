import { legacyClientTooOld } from '../fixes/client-version.js';
import { isLegacyModule } from '../sites/legacy.js';
import { legacyClientUses } from '../sites/legacy-surface.js';
import { finding, type Rule } from './report.js';

/**
 * The legacy `clarifai` package predates PATs; every load of it is worth a look: an import (also of one of its
 * files), the browser build's `Clarifai` global, and its API used on a client made elsewhere. A version that
 * ignores `userId`/`appId` is named: it must be upgraded before any call through it can name an owner.
 */
export const noDeprecatedClient: Rule = ({ ctx, sites }) => [
  ...ctx.imports
    .filter((i) => isLegacyModule(i.module))
    .map((i) =>
      legacyClientTooOld(ctx.options)
        ? finding(ctx, 'no-deprecated-client', 'legacyClientTooOld', i.node, { version: ctx.options.legacyClientVersion! })
        : finding(ctx, 'no-deprecated-client', 'legacyClient', i.node, {}),
    ),
  ...legacyClientUses(ctx, sites).map((use) =>
    use.kind === 'global'
      ? finding(ctx, 'no-deprecated-client', 'legacyGlobal', use.node, {})
      : finding(ctx, 'no-deprecated-client', 'legacyClientUse', use.node, { surface: use.surface }),
  ),
];
