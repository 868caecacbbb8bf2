import type { Variable } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { staticKeyName, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { classifyNames, looksLikeSecret } from '../credentials.js';
import { isForeign } from '../modules/home.js';
import { syntheticNodes } from '../scope.js';
import { readString, type StringPart } from '../strings.js';
import { appendProperties, insertFirstProperty, keyText, objectText } from '../style.js';
import type { TextEdit } from '../types.js';
import { literalText, type Credential, type OwnerPart, type OwnerSpec, type OwnerState, type SecretLiteral } from './site.js';

/** Helpers every client style shares: reading `Authorization: Key <token>`, owners in objects, and their edits. */

const KEY_PREFIX = /^key\s+/i;
const BEARER_PREFIX = /^bearer\s+/i;

/** The token part(s) of an `Authorization` value (`'Key ' + PAT`, `` `Key ${PAT}` ``, `'Key abc...'`). */
function tokenOf(ctx: FileContext, value: Node) {
  const read = readString(ctx, value);
  const prefix = KEY_PREFIX.exec(read.text) ?? BEARER_PREFIX.exec(read.text);
  const scheme: Credential['scheme'] = !prefix ? 'none' : KEY_PREFIX.test(read.text) ? 'key' : 'bearer';
  const start = prefix?.[0].length ?? 0;
  let offset = 0;
  const tokenParts: { part: StringPart; from: number }[] = [];
  for (const part of read.parts) {
    const length = (part.text ?? '\0').length;
    if (offset + length > start) tokenParts.push({ part, from: Math.max(0, start - offset) });
    offset += length;
  }
  return { read, scheme, tokenParts, tokenText: read.text.slice(start) };
}

/** Reads the credential an `Authorization` value (or a bare token expression) sends. */
export function readCredential(ctx: FileContext, value: Node | undefined, bare = false): Credential {
  if (!value) return { kind: 'unknown', scheme: 'none' };
  const { scheme, tokenParts, tokenText } = tokenOf(ctx, value);
  const effectiveScheme = bare ? 'key' : scheme;
  const names = tokenParts.flatMap(({ part }) => part.names);
  // A docs placeholder such as `Key {YOUR_CLARIFAI_API_KEY}` says what was meant to go there.
  if (!tokenText.includes('\0') && !looksLikeSecret(tokenText)) names.push(tokenText);
  const classified = classifyNames(names, ctx.options);
  const literal = hardcodedLiteral(ctx, value, tokenText);
  return {
    kind: classified.kind,
    ...(classified.name ? { name: classified.name } : {}),
    ...(classified.conflict ? { conflict: classified.conflict } : {}),
    ...(literal ? { literal } : {}),
    scheme: effectiveScheme,
    carrier: value,
  };
}

/** The literal (plain, or a template with nothing interpolated) that holds a hard-coded token reaching `value`. */
function hardcodedLiteral(ctx: FileContext, value: Node, tokenText: string): SecretLiteral | undefined {
  if (tokenText.includes('\0') || !looksLikeSecret(tokenText)) return undefined;
  for (const candidate of [ctx.objects.resolve(value), unwrap(value)]) {
    const found = findLiteral(ctx, candidate, tokenText);
    if (found) return found;
  }
  return undefined;
}

function findLiteral(ctx: FileContext, node: Node, tokenText: string): SecretLiteral | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value.endsWith(tokenText) ? (n as TSESTree.StringLiteral) : undefined;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return literalText(n).endsWith(tokenText) ? n : undefined;
  if (n.type === 'Identifier') {
    const resolved = ctx.objects.resolve(n);
    return resolved !== n ? findLiteral(ctx, resolved, tokenText) : undefined;
  }
  if (n.type === 'BinaryExpression') return findLiteral(ctx, n.left, tokenText) ?? findLiteral(ctx, n.right, tokenText);
  if (n.type === 'TemplateLiteral') {
    for (const expr of n.expressions) {
      const found = findLiteral(ctx, expr, tokenText);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Edits that make an `Authorization` value send `code` as its token, changing only this value: the token
 * expression when it is written here, otherwise the whole value (so a shared constant is left alone).
 */
export function switchToken(ctx: FileContext, value: Node, code: string, bare = false): TextEdit[] | undefined {
  if (syntheticNodes.has(value)) return undefined;
  // `{ apiKey }` / `{ pat }`: the shorthand becomes `apiKey: <code>`.
  const holder = ctx.parents.get(value);
  if (holder?.type === 'Property' && holder.shorthand && holder.value === value) return editablePropertyValue(holder, code);
  const { tokenParts, scheme } = tokenOf(ctx, value);
  const only = tokenParts.length === 1 ? tokenParts[0]! : undefined;
  if (only && only.from === 0 && only.part.editable === 'whole' && !syntheticNodes.has(only.part.node)) {
    return [{ range: only.part.node.range, text: code }];
  }
  if (bare) return [{ range: unwrap(value).range, text: code }];
  if (scheme === 'bearer') return undefined;
  return [{ range: unwrap(value).range, text: `${ctx.quote('Key ', value)} + ${code}` }];
}

export function ownerPart(ctx: FileContext, value: Node | undefined): OwnerPart {
  if (!value) return { names: [] };
  const read = readString(ctx, value);
  const names = read.parts.flatMap((p) => p.names);
  const env = read.parts.length === 1 ? read.parts[0]!.envName : undefined;
  return {
    ...(read.text.includes('\0') ? {} : { value: read.text }),
    ...(env ? { envName: env } : {}),
    names,
  };
}

/** How a request body spells the owner: REST JSON also takes camelCase; the gRPC stub drops it (keepCase protos). */
export interface OwnerKeys {
  set: readonly string[];
  user: readonly string[];
  app: readonly string[];
}
export const JSON_OWNER_KEYS: OwnerKeys = { set: ['user_app_id', 'userAppId'], user: ['user_id', 'userId'], app: ['app_id', 'appId'] };
export const GRPC_OWNER_KEYS: OwnerKeys = { set: ['user_app_id'], user: ['user_id'], app: ['app_id'] };

/** The owner an object names through `user_app_id: { user_id, app_id }`. */
export function ownerInObject(ctx: FileContext, object: TSESTree.ObjectExpression | undefined, keys: OwnerKeys): OwnerState {
  if (!object) return { kind: 'unknown' };
  const set = ctx.objects.property(object, keys.set[0]!) ?? (keys.set[1] ? ctx.objects.property(object, keys.set[1]) : undefined);
  if (!set) return { kind: 'missing' };
  const inner = ctx.objects.asObject(set.value);
  if (!inner) return { kind: 'unknown' };
  return ownerFromKeys(ctx, inner, keys.user, keys.app);
}

export function ownerFromKeys(
  ctx: FileContext,
  object: TSESTree.ObjectExpression,
  userKeys: readonly string[],
  appKeys: readonly string[],
): OwnerState {
  const user = ctx.objects.anyProperty(object, userKeys);
  const app = ctx.objects.anyProperty(object, appKeys);
  if (!user && !app) return { kind: 'missing' };
  return { kind: 'named', user: ownerPart(ctx, user?.value), app: ownerPart(ctx, app?.value) };
}

/** Whether a call already names exactly the owner a fix would write (then there is nothing to edit). */
export function namesOwner(owner: OwnerState, spec: OwnerSpec): boolean {
  if (owner.kind !== 'named') return false;
  if (spec.kind === 'literal') return owner.user.value === spec.userId && owner.app.value === spec.appId;
  return false;
}

/** The owner as two expressions, quoted like the strings near `near` when they are fixed ids. */
export function ownerValues(ctx: FileContext, owner: OwnerSpec, near: Node): [string, string] {
  if (owner.kind === 'code') return [owner.user, owner.app];
  return [ctx.quote(owner.userId, near), ctx.quote(owner.appId, near)];
}

/**
 * Edits that make a request object (gRPC request, REST JSON body) name `owner` in snake_case `user_app_id`:
 * inserted as its first property, or its values replaced where it already has one.
 */
export function userAppIdEdits(
  ctx: FileContext,
  request: TSESTree.ObjectExpression,
  owner: OwnerSpec,
  keys: OwnerKeys,
  call: Node,
): TextEdit[] | undefined {
  if (syntheticNodes.has(request) || !onlyThisCallSends(ctx, request, call)) return undefined;
  const [user, app] = ownerValues(ctx, owner, request);
  const value = objectText(request, [['user_id', user], ['app_id', app]], ctx.style);
  const existing = ctx.objects.anyProperty(request, keys.set);
  if (!existing) {
    // A camelCase `userAppId` the stub would drop is replaced, not kept beside the real one.
    const ignored = ctx.objects.anyProperty(request, ['userAppId']);
    if (ignored && ignored.object === request) {
      return [{ range: ignored.property.range, text: `${keyText(request, 'user_app_id', ctx.style)}: ${value}` }];
    }
    return [insertFirstProperty(request, 'user_app_id', value, ctx.text, ctx.style)];
  }
  const inner = unwrap(existing.value);
  if (inner.type === 'ObjectExpression') return replaceOwnerKeys(ctx, inner, keys.user, keys.app, user, app);
  return [replacePropertyValue(existing.property, value)];
}

/**
 * Whether an edit of `object` changes what `call` sends and nothing else: it is written at the call, or reached from
 * it through constants each read once and helpers each called once. A body that a helper builds for several calls
 * (one of them to your own app) is not this call's to change.
 */
export function onlyThisCallSends(ctx: FileContext, object: Node, call: Node): boolean {
  for (let node: Node | undefined = object; node && node !== call; node = ctx.parents.get(node)) {
    if (node.range[0] <= call.range[0] && call.range[1] <= node.range[1]) return true;
    const name = declaredName(ctx, node);
    const variable = name && ctx.scopes.variableOf(name);
    if (variable && variable.references.filter((ref) => ref.isRead()).length > 1) return false;
  }
  return true;
}

/** The name a constant's initializer or a function is declared under (`const body = ...`, `function body() {}`). */
function declaredName(ctx: FileContext, node: Node): TSESTree.Identifier | undefined {
  if (node.type === 'FunctionDeclaration') return node.id ?? undefined;
  const parent = ctx.parents.get(node);
  return parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier' ? parent.id : undefined;
}

/** Replaces (or adds) the user and app entries of an object literal such as `{ user_id, app_id }` or `authConfig`. */
export function replaceOwnerKeys(
  ctx: FileContext,
  object: TSESTree.ObjectExpression,
  userKeys: readonly string[],
  appKeys: readonly string[],
  user: string,
  app: string,
): TextEdit[] | undefined {
  if (syntheticNodes.has(object)) return undefined;
  const edits: TextEdit[] = [];
  const missing: [string, string][] = [];
  for (const [keys, value] of [[userKeys, user], [appKeys, app]] as const) {
    const found = ctx.objects.anyProperty(object, keys);
    if (found && found.object !== object) return undefined;
    const edit = found && editablePropertyValue(found.property, value);
    if (found && !edit) return undefined;
    if (edit) edits.push(...edit);
    else missing.push([keys[0]!, value]);
  }
  if (missing.length > 0) {
    edits.push(appendProperties(object, missing, ctx.text, ctx.style));
  }
  return edits;
}

/** Replaces a property's value; a shorthand `{ userId }` becomes `{ userId: value }`. */
export function replacePropertyValue(property: TSESTree.Property, value: string): TextEdit {
  if (property.shorthand) return { range: [property.range[1], property.range[1]], text: `: ${value}` };
  return { range: property.value.range, text: value };
}

/** As replacePropertyValue, refusing `{ appId = 'main' }`, a pattern default that is no value to replace. */
function editablePropertyValue(property: TSESTree.Property, value: string): TextEdit[] | undefined {
  return property.value.type === 'AssignmentPattern' ? undefined : [replacePropertyValue(property, value)];
}

/** Concatenates edit lists, failing as a whole when any part fails. */
export function allOf(...lists: (TextEdit[] | undefined)[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const list of lists) {
    if (!list) return undefined;
    edits.push(...list);
  }
  return edits;
}

/** Method calls such as `metadata.set(...)` or `headers.append(...)` made on the variable `holder` names. */
export function callsOnValueOf(ctx: FileContext, holder: Node, methods: readonly string[]): TSESTree.CallExpression[] {
  const target = unwrap(holder);
  if (target.type !== 'Identifier') return [];
  const { home, variable } = holderVariable(ctx, target);
  if (!variable) return [];
  return home.calls.filter((call) => {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return false;
    const method = staticKeyName(callee.property, callee.computed);
    return method !== undefined && methods.includes(method) && ctx.scopes.variableOf(callee.object) === variable;
  });
}

/**
 * The variable whose method calls fill a value in: the one named here or, for a value imported from another
 * module (`const { metadata } = require('./grpc')`), the one that module declares and fills in.
 */
function holderVariable(ctx: FileContext, target: TSESTree.Identifier): { home: FileContext; variable: Variable | undefined } {
  const binding = ctx.scopes.binding(target);
  if (binding.kind === 'value' && isForeign(binding.node)) {
    const home = ctx.homeOf(binding.node);
    const declarator = home.parents.get(binding.node);
    if (declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier' && declarator.init === binding.node) {
      return { home, variable: home.scopes.variableOf(declarator.id) };
    }
  }
  return { home: ctx, variable: ctx.scopes.variableOf(target) };
}
