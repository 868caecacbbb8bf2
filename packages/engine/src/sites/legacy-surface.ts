import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, unwrap, type Node } from '../ast.js';
import { isLegacyModelId } from '../catalogue.js';
import type { FileContext } from '../context.js';
import { readString } from '../strings.js';
import { isLegacyAppConstructor, isLegacyModule } from './legacy.js';
import type { CallSite } from './site.js';

/** A use of the legacy client that no import in the file accounts for. */
export type LegacyUse =
  /** `new Clarifai.App(...)` on the browser build's global (a `<script>` tag), with no import of the package. */
  | { kind: 'global'; node: Node }
  /** `x.models.predict(Clarifai.GENERAL_MODEL, ...)`, `x.workflow.predict(...)` on a client made elsewhere. */
  | { kind: 'surface'; node: Node; surface: string };

export function legacyClientUses(ctx: FileContext, sites: readonly CallSite[]): LegacyUse[] {
  const uses: LegacyUse[] = [];
  if (!ctx.imports.some((i) => isLegacyModule(i.module))) {
    for (const ctor of ctx.news) if (isLegacyAppConstructor(ctx, ctor)) uses.push({ kind: 'global', node: ctor });
  }
  // Predictions on an App of this file are its sites; the rest come from a client made elsewhere.
  const known = new Set(sites.filter((s) => s.client === 'legacy').map((s) => s.node));
  for (const call of ctx.calls) {
    if (known.has(call)) continue;
    const surface = legacySurface(ctx, call);
    if (surface) uses.push({ kind: 'surface', node: call, surface });
  }
  return uses;
}

/**
 * `models.predict` with a legacy model constant or a public model's 32-hex id, or `workflow.predict`: calls
 * only the legacy client has (the maintained clients have neither the constants nor a `workflow` group).
 */
function legacySurface(ctx: FileContext, call: TSESTree.CallExpression): string | undefined {
  const path = memberPath(unwrap(call.callee));
  if (!path || path.length < 3 || path.at(-1) !== 'predict') return undefined;
  const group = path.at(-2);
  if (group === 'workflow') return 'workflow.predict';
  if (group !== 'models' || !call.arguments[0]) return undefined;
  const model = ctx.objects.resolve(call.arguments[0]);
  if (model.type === 'MemberExpression' && isLegacyModule(ctx.moduleOf(model.object)?.module)) return `models.predict(${ctx.source(model)})`;
  const id = readString(ctx, call.arguments[0]).text;
  return isLegacyModelId(id) ? 'models.predict(<public model id>)' : undefined;
}
