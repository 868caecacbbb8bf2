import type { TSESTree } from '@typescript-eslint/types';
import type { Reference, ScopeManager, Variable } from '@typescript-eslint/scope-manager';
import { memberPath, staticKeyName, unwrap, type Node } from '../ast.js';
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
  variable: Variable;
  name: string;
  /**
   * The env read it is declared with, which a switch replaces; absent where it is taken out of the environment
   * object (`const { CLARIFAI_API_KEY } = process.env`): renaming what it takes would leave a name that lies.
   */
  init?: TSESTree.Expression;
  /** The env var it reads, as written (with a bundler's prefix). */
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
  const declared = variable && envConstant(ctx, variable);
  if (!variable || !declared) return undefined;
  const reads = variable.references.filter((ref: Reference) => ref.isRead()).map((ref) => ref.identifier as TSESTree.Identifier);
  const checks = reads.filter((read) => isPresenceCheck(ctx, read));
  if (checks.length === 0) return undefined;
  return { variable, name: variable.name, ...declared, checks, uses: reads.filter((read) => !checks.includes(read)) };
}

/**
 * `const X = process.env.NAME` or `const { NAME } = process.env` (also `import.meta.env`), declared once in this
 * file, never written again and not exported.
 */
function envConstant(ctx: FileContext, variable: Variable): { init?: TSESTree.Expression; envName: string } | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || def.parent?.kind !== 'const' || !def.node.init) return undefined;
  if (ctx.parents.get(def.parent)?.type === 'ExportNamedDeclaration') return undefined;
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
  const { id, init } = def.node;
  if (id.type === 'Identifier') {
    const envName = ctx.envName(init);
    return envName ? { init, envName } : undefined;
  }
  const property = ctx.parents.get(def.name);
  const source = memberPath(init)?.join('.');
  if (id.type !== 'ObjectPattern' || property?.type !== 'Property' || property.value !== def.name) return undefined;
  const envName = (source === 'process.env' || source === 'import.meta.env') && staticKeyName(property.key, property.computed);
  return envName ? { envName } : undefined;
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

/** A fix's edit that makes one read (`id`) of a guarded constant send `code` instead. */
interface SwitchedUse {
  fix: Fix;
  edit: TextEdit;
  id: TSESTree.Identifier;
  guarded: GuardedEnvConstant;
  code: string;
}

/**
 * Fixes that switch the reads of a guarded env constant (`Key ${apiKey}` → `Key ${process.env.CLARIFAI_PAT}`):
 * when those reads are all its uses (the rest are checks) and all switch, alike, to the same read, each fix
 * switches the constant at its declaration instead, so its checks follow. Otherwise the finding says that the
 * check still requires the old variable (`Finding.checkLeft`).
 */
export function withGuardedConstantsSwitched(ctx: FileContext, manager: ScopeManager, findings: Finding[]): Finding[] {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  if (fixes.length === 0) return findings;
  const reads = readsByPosition(ctx, manager);
  const byConstant = new Map<Variable, SwitchedUse[]>();
  for (const fix of fixes) {
    for (const edit of fix.edits) {
      const use = switchedUse(ctx, reads, fix, edit);
      if (use) byConstant.set(use.guarded.variable, [...(byConstant.get(use.guarded.variable) ?? []), use]);
    }
  }
  const left = new Map<Fix, { guarded: GuardedEnvConstant; sent: string }>();
  for (const uses of byConstant.values()) {
    const [first] = uses as [SwitchedUse];
    const { guarded } = first;
    const alike = uses.every((u) => u.code === first.code && u.fix.safety === first.fix.safety);
    if (guarded.init && alike && guarded.uses.every((id) => uses.some((u) => u.id === id))) {
      const atDeclaration: TextEdit = { range: guarded.init.range, text: first.code };
      for (const { fix, edit } of uses) {
        fix.edits = fix.edits.includes(atDeclaration) ? fix.edits.filter((e) => e !== edit) : fix.edits.map((e) => (e === edit ? atDeclaration : e));
      }
    } else {
      for (const { fix, code } of uses) {
        const sent = fix.reads.find((name) => code.endsWith(name));
        if (sent && sent !== guarded.envName) left.set(fix, { guarded, sent });
      }
    }
  }
  return findings.map((finding) => {
    const { guarded, sent } = (finding.fix && left.get(finding.fix)) || {};
    if (!guarded || !sent) return finding;
    const { name } = guarded;
    const checkLeft = { name, line: ctx.loc(guarded.checks[0]!.range).start.line, envName: guarded.envName, sent };
    const note = `After the fix, the check of \`${name}\` on line ${checkLeft.line} still tests ${guarded.envName}, not ${sent}, which this call sends instead: check ${sent} there too.`;
    return { ...finding, message: `${finding.message} ${note}`, checkLeft };
  });
}

/** The file's reads by where an edit switching them starts: the identifier, or the end of a shorthand `{ apiKey }`. */
function readsByPosition(ctx: FileContext, manager: ScopeManager) {
  const exact = new Map<number, TSESTree.Identifier>();
  const shorthand = new Map<number, TSESTree.Identifier>();
  for (const scope of manager.scopes) {
    for (const ref of scope.references) {
      if (!ref.isRead()) continue;
      const id = ref.identifier as TSESTree.Identifier;
      exact.set(id.range[0], id);
      const holder = ctx.parents.get(id);
      if (holder?.type === 'Property' && holder.shorthand) shorthand.set(holder.range[1], id);
    }
  }
  return { exact, shorthand };
}

/** The read of a guarded constant an edit switches: replacing exactly that identifier, or `{ apiKey }` → `{ apiKey: <code> }`. */
function switchedUse(ctx: FileContext, reads: ReturnType<typeof readsByPosition>, fix: Fix, edit: TextEdit): SwitchedUse | undefined {
  const [from, to] = edit.range;
  const exact = reads.exact.get(from);
  const id = exact && exact.range[1] === to ? exact : from === to && edit.text.startsWith(': ') ? reads.shorthand.get(from) : undefined;
  const guarded = id && guardedEnvConstant(ctx, id);
  return guarded ? { fix, edit, id: id!, guarded, code: id === exact ? edit.text : edit.text.slice(2) } : undefined;
}
