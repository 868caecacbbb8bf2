import type { Node } from '../ast.js';
import type { FileContext } from '../context.js';
import type { CallSite } from '../sites/site.js';
import type { Finding } from '../types.js';
import { homeOf } from './home.js';

/**
 * A finding at a call whose credential is carried by something another module defines (a shared client, a
 * metadata object) and that has no fix here: its message says which module and line to change.
 */
export function markDefinedElsewhere(ctx: FileContext, sites: readonly CallSite[], findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.fix) return finding;
    const site = sites.find((s) => s.node.range[0] === finding.range[0] && s.node.range[1] === finding.range[1]);
    const definedIn = site?.credential.carrier && definedInOf(ctx, site.credential.carrier);
    return definedIn ? definedElsewhere(finding, definedIn) : finding;
  });
}

/** The module (relative to this file) and line that define `node`, when another module does. */
export function definedInOf(ctx: FileContext, node: Node): { module: string; line: number } | undefined {
  const home = homeOf(node);
  return home?.filename ? { module: relativePath(ctx.filename ?? '', home.filename), line: home.loc(node.range).start.line } : undefined;
}

/** The finding, saying which module and line to change. */
export function definedElsewhere(finding: Finding, definedIn: { module: string; line: number }): Finding {
  const message = `${finding.message} This is set in ${definedIn.module} (line ${definedIn.line}): change it there.`;
  return { ...finding, message, definedIn };
}

/** `to` relative to the folder of `from`, with `/` separators (`../lib/vision.js`). */
export function relativePath(from: string, to: string): string {
  const split = (path: string) => path.replace(/\\/g, '/').split('/');
  const base = split(from).slice(0, -1);
  const target = split(to);
  let common = 0;
  while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
  const up = base.length - common;
  const rest = target.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}
