import { legacyClientTooOld } from '../fixes/client-version.js';
import { LEGACY_MODULE } from '../sites/legacy.js';
import { finding, type Rule } from './report.js';

/** The legacy `clarifai` package predates PATs; every import of it is worth a look. */
export const noDeprecatedClient: Rule = ({ ctx }) =>
  ctx.imports
    .filter((i) => i.module === LEGACY_MODULE)
    .map((i) =>
      legacyClientTooOld(ctx.options)
        ? finding(ctx, 'no-deprecated-client', 'legacyClientTooOld', i.node, { version: ctx.options.legacyClientVersion! })
        : finding(ctx, 'no-deprecated-client', 'legacyClient', i.node, {}),
    );
