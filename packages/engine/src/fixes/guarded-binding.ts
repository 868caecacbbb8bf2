import type { TSESTree } from '@typescript-eslint/types';
import type { Reference, ScopeManager, Variable } from '@typescript-eslint/scope-manager';
import { unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { isForeign } from '../modules/home.js';
import type { Finding, Fix, TextEdit } from '../types.js';

/**
 * A constant read from the environment and checked before use:
 * `const apiKey = process.env.CLARIFAI_API_KEY; if (!apiKey) return res.status(500)...; ... Key ${apiKey}`.
 * Switching only the use to `process.env.CLARIFAI_PAT` would leave the check requiring the old variable, so a
 * deployment that sets only the new one fails the check on every request.
 */
export interface GuardedEnvConstant {
  declarator: TSESTree.VariableDeclarator & { id: TSESTree.Identifier; init: TSESTree.Expression };
  /** The env var the constant reads (without a bundler's prefix as written: what `ctx.envName` gives). */
  envName: string;
  /** The reads that only test whether it is set (`!apiKey`, `if (apiKey)`, `apiKey === undefined`). */
  checks: TSESTree.Identifier[];
  /** Every other read: those that use its value. */
  uses: TSESTree.Identifier[];
}

/** The guarded env constant `token` reads, when `token` is such a constant's name and something checks it. */
export function guardedEnvConstant(ctx: FileContext, token: Node): GuardedEnvConstant | undefined {
  const id = unwrap(token);
  if (id.type !== 'Identifier' || isForeign(id)) return undefined;
  const variable = ctx.scopes.variableOf(id);
  const declarator = variable && plainConstant(ctx, variable);
  const envName = declarator && ctx.envName(declarator.init);
  if (!variable || !declarator || !envName) return undefined;
  const reads = variable.references.filter((ref: Reference) => ref.isRead()).map((ref) => ref.identifier as TSESTree.Identifier);
  const checks = reads.filter((read) => isPresenceCheck(ctx, read));
  if (checks.length === 0) return undefined;
  return { declarator, envName, checks, uses: reads.filter((read) => !checks.includes(read)) };
}

/**
 * The edit that makes a guarded constant read `code` instead of its env var, so its checks and the call agree,
 * when its only use is `token` (the credential the fix switches) and the rest are checks. Undefined otherwise:
 * the constant then feeds other code that still wants the old variable.
 */
export function switchGuardedConstant(ctx: FileContext, token: Node, code: string): TextEdit[] | undefined {
  const guarded = guardedEnvConstant(ctx, token);
  if (!guarded || guarded.uses.length !== 1 || guarded.uses[0] !== unwrap(token)) return undefined;
  return [{ range: guarded.declarator.init.range, text: code }];
}

/** `const X = <init>` declared once in this file, never written again and not exported. */
function plainConstant(ctx: FileContext, variable: Variable): GuardedEnvConstant['declarator'] | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || def.parent?.kind !== 'const' || def.node.id.type !== 'Identifier' || !def.node.init) return undefined;
  if (ctx.parents.get(def.parent)?.type === 'ExportNamedDeclaration') return undefined;
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
  return def.node as GuardedEnvConstant['declarator'];
}

const NULLISH_COMPARISONS = new Set(['===', '!==', '==', '!=']);

/** Whether a read only tests that the value is set: its truth value decides a branch, or it is compared to nothing. */
function isPresenceCheck(ctx: FileContext, read: Node): boolean {
  const parent = ctx.parents.get(read);
  if (!parent) return false;
  switch (parent.type) {
    case 'UnaryExpression':
      return parent.operator === '!' || parent.operator === 'typeof';
    case 'IfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'ConditionalExpression':
    case 'ForStatement':
      return parent.test === read;
    case 'LogicalExpression':
      // `if (apiKey && userId)`: a test as a whole; `apiKey || ''` is a value.
      return isPresenceCheck(ctx, parent);
    case 'BinaryExpression': {
      const other = parent.left === read ? parent.right : parent.left;
      return NULLISH_COMPARISONS.has(parent.operator) && isNothing(other);
    }
    default:
      return false;
  }
}

/** `undefined`, `null`, `''`, `"undefined"` (of `typeof`). */
function isNothing(raw: Node): boolean {
  const node = unwrap(raw);
  if (node.type === 'Identifier') return node.name === 'undefined';
  if (node.type === 'Literal') return node.value === null || node.value === '' || node.value === 'undefined';
  return false;
}

/**
 * Findings whose fix switches a use of a guarded constant but not the constant (it also feeds other code) say
 * that its check still requires the old variable, which the call no longer sends.
 */
export function withChecksLeftNoted(ctx: FileContext, manager: ScopeManager, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    const checkLeft = finding.fix && checkLeftBy(ctx, manager, finding.fix);
    if (!checkLeft) return finding;
    const { name, line, envName } = checkLeft;
    const note = `After the fix, the check of \`${name}\` on line ${line} still requires ${envName}, which this call no longer sends: update that check.`;
    return { ...finding, message: `${finding.message} ${note}`, checkLeft };
  });
}

function checkLeftBy(ctx: FileContext, manager: ScopeManager, fix: Fix): Finding['checkLeft'] {
  const replaced = fix.edits.filter((e) => e.range[0] < e.range[1]).map((e) => e.range);
  const within = (range: [number, number]) => replaced.some(([from, to]) => from <= range[0] && range[1] <= to);
  for (const scope of manager.scopes) {
    for (const ref of scope.references) {
      if (!ref.isRead() || !within(ref.identifier.range)) continue;
      const guarded = guardedEnvConstant(ctx, ref.identifier);
      if (!guarded || within(guarded.declarator.init.range) || fix.reads.includes(guarded.envName)) continue;
      return { name: guarded.declarator.id.name, line: ctx.loc(guarded.checks[0]!.range).start.line, envName: guarded.envName };
    }
  }
  return undefined;
}
