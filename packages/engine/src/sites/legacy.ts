import type { TSESTree } from '@typescript-eslint/types';
import type { Variable } from '@typescript-eslint/scope-manager';
import { memberPath, requiredModule, staticKeyName, unwrap, type Node } from '../ast.js';
import { legacyModelConstant, ownerKey } from '../catalogue.js';
import type { FileContext } from '../context.js';
import { isForeign } from '../modules/home.js';
import { syntheticNodes } from '../scope.js';
import { readString } from '../strings.js';
import { lineLayout } from '../style.js';
import { allOf, ownerFromKeys, ownerValues, readCredential, replaceOwnerKeys, switchToken } from './shared.js';
import type { TextEdit } from '../types.js';
import type { CallSite, Credential, OwnerSpec, Resource } from './site.js';

/** A `new Clarifai.App(...)` of the legacy `clarifai` package and every place the file uses it. */
interface LegacyApp {
  ctor: TSESTree.NewExpression;
  config?: TSESTree.ObjectExpression;
  variable?: Variable;
  /** `this.app = new Clarifai.App(...)` → 'app'. */
  thisName?: string;
  predicts: { call: TSESTree.CallExpression; resource: Resource; receiver: Node }[];
  /** The app is also used for something other than a prediction (inputs, training, passed along, exported). */
  usedElsewhere: boolean;
}

/** The legacy package, loaded whole (`clarifai`) or through one of its files (`clarifai/dist/index`). */
export function isLegacyModule(module: string | undefined): boolean {
  return module === 'clarifai' || (module?.startsWith('clarifai/') ?? false);
}

export function isLegacyAppConstructor(ctx: FileContext, ctor: TSESTree.NewExpression): boolean {
  const callee = unwrap(ctor.callee);
  if (callee.type === 'MemberExpression') {
    return memberPath(callee)?.at(-1) === 'App' && isLegacyModule(ctx.moduleOf(callee.object)?.module);
  }
  const origin = ctx.moduleOf(callee);
  return isLegacyModule(origin?.module) && origin?.imported === 'App';
}

export function findLegacySites(ctx: FileContext): CallSite[] {
  const sites: CallSite[] = [];
  for (const ctor of ctx.news) {
    if (!isLegacyAppConstructor(ctx, ctor)) continue;
    const app = describeApp(ctx, ctor);
    for (const predict of app.predicts) sites.push(legacySite(ctx, app, predict));
    // Inputs, searches, training...: every call the App makes for the user's own app names that app's owner.
    if (app.usedElsewhere && app.config) sites.push(ownDataSite(ctx, app, app.config));
  }
  for (const app of importedApps(ctx)) for (const predict of app.predicts) sites.push(legacySite(ctx, app, predict));
  return sites;
}

/**
 * Apps created in another module (`const vision = require('./vision')`) and predicted with here. Their other uses
 * are out of sight, so the app is never moved from here: its config is the other module's to change.
 */
function importedApps(ctx: FileContext): LegacyApp[] {
  const apps = new Map<TSESTree.NewExpression, LegacyApp>();
  for (const call of ctx.calls) {
    const method = unwrap(call.callee);
    if (method.type !== 'MemberExpression' || staticKeyName(method.property, method.computed) !== 'predict') continue;
    const group = unwrap(method.object);
    if (group.type !== 'MemberExpression') continue;
    const groupName = staticKeyName(group.property, group.computed);
    if (groupName !== 'models' && groupName !== 'workflow') continue;
    const ctor = ctx.objects.resolve(group.object);
    if (ctor.type !== 'NewExpression' || !isForeign(ctor) || !isLegacyAppConstructor(ctx, ctor)) continue;
    let app = apps.get(ctor);
    if (!app) {
      const config = ctor.arguments[0] ? ctx.objects.asObject(ctor.arguments[0]) : undefined;
      app = { ctor, ...(config ? { config } : {}), predicts: [], usedElsewhere: true };
      apps.set(ctor, app);
    }
    const kind = groupName === 'models' ? 'model' : 'workflow';
    app.predicts.push({ call, resource: predictedResource(ctx, kind, call.arguments[0]), receiver: group.object });
  }
  return [...apps.values()];
}

function describeApp(ctx: FileContext, ctor: TSESTree.NewExpression): LegacyApp {
  const config = ctor.arguments[0] ? ctx.objects.asObject(ctor.arguments[0]) : undefined;
  const app: LegacyApp = { ctor, ...(config ? { config } : {}), predicts: [], usedElsewhere: false };
  let holder: Node = ctor;
  while (ctx.parents.get(holder) && unwrap(ctx.parents.get(holder)!) === unwrap(holder)) holder = ctx.parents.get(holder)!;
  const parent = ctx.parents.get(holder);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
    app.variable = ctx.scopes.variableOf(parent.id);
  } else if (parent?.type === 'AssignmentExpression' && memberPath(parent.left)?.[0] === 'this') {
    app.thisName = memberPath(parent.left)![1]!;
  } else if (parent?.type === 'PropertyDefinition' && parent.key.type === 'Identifier') {
    app.thisName = parent.key.name;
  } else {
    app.usedElsewhere = true;
  }
  if (app.variable) collectVariableUses(ctx, app, app.variable);
  if (app.thisName) collectThisUses(ctx, app, app.thisName);
  return app;
}

function collectVariableUses(ctx: FileContext, app: LegacyApp, variable: Variable): void {
  const declaration = variable.defs[0]?.parent;
  if (declaration && ctx.parents.get(declaration)?.type === 'ExportNamedDeclaration') app.usedElsewhere = true;
  for (const ref of variable.references) {
    if (ref.init || !ref.isRead()) continue;
    recordUse(ctx, app, ref.identifier);
  }
}

function collectThisUses(ctx: FileContext, app: LegacyApp, name: string): void {
  for (const call of ctx.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const path = memberPath(callee);
    if (path?.[0] !== 'this' || path[1] !== name) continue;
    let receiver: Node = callee;
    while (receiver.type === 'MemberExpression' && memberPath(receiver)!.length > 2) receiver = receiver.object;
    recordUse(ctx, app, receiver);
  }
}

/** `app.models.predict(MODEL, input)` and `app.workflow.predict(ID, input)` are predictions; anything else is another use. */
function recordUse(ctx: FileContext, app: LegacyApp, receiver: Node): void {
  const group = ctx.parents.get(receiver);
  const method = group && ctx.parents.get(group);
  const call = method && ctx.parents.get(method);
  const groupName = group?.type === 'MemberExpression' ? staticKeyName(group.property, group.computed) : undefined;
  const methodName = method?.type === 'MemberExpression' ? staticKeyName(method.property, method.computed) : undefined;
  if (
    call?.type === 'CallExpression' &&
    call.callee === method &&
    methodName === 'predict' &&
    (groupName === 'models' || groupName === 'workflow')
  ) {
    const kind = groupName === 'models' ? 'model' : 'workflow';
    app.predicts.push({ call, resource: predictedResource(ctx, kind, call.arguments[0]), receiver });
    return;
  }
  app.usedElsewhere = true;
}

function predictedResource(ctx: FileContext, kind: 'model' | 'workflow', arg: Node | undefined): Resource {
  if (!arg) return { kind };
  const node = ctx.objects.resolve(arg);
  if (node.type === 'MemberExpression' && isLegacyModule(ctx.moduleOf(node.object)?.module)) {
    const hex = legacyModelConstant(memberPath(node)?.at(-1) ?? '');
    return hex ? { kind, id: hex } : { kind };
  }
  if (node.type === 'ObjectExpression') {
    const id = ctx.objects.property(node, 'id')?.value;
    return id ? predictedResource(ctx, kind, id) : { kind };
  }
  const text = readString(ctx, arg).text;
  return text.includes('\0') ? { kind } : { kind, id: text };
}

function legacySite(ctx: FileContext, app: LegacyApp, predict: LegacyApp['predicts'][number]): CallSite {
  const apiKey = app.config && ctx.objects.property(app.config, 'apiKey')?.value;
  const credential: Credential = apiKey
    ? withPropertyName(readCredential(ctx, apiKey, true))
    : { kind: 'unknown', scheme: 'none' };
  if (apiKey) credential.carrier = app.ctor;
  const owner = app.config ? ownerFromKeys(ctx, app.config, ['userId'], ['appId']) : { kind: 'unknown' as const };
  return {
    client: 'legacy',
    node: predict.call,
    resource: predict.resource,
    credential,
    owner,
    retarget(spec, token) {
      if (!app.config || syntheticNodes.has(app.config)) return undefined;
      if (servesOnly(ctx, app, spec)) return moveApp(ctx, app.config, spec, token);
      return secondInstance(ctx, app, predict.receiver, spec, token ?? (apiKey ? ctx.source(apiKey) : undefined));
    },
  };
}

/** Edits that make an app's config send `token` (when given) and name `spec`: for an app that serves only `spec`. */
function moveApp(ctx: FileContext, config: TSESTree.ObjectExpression, spec: OwnerSpec, token: string | undefined) {
  const apiKey = ctx.objects.property(config, 'apiKey')?.value;
  const tokenEdits = token === undefined ? [] : apiKey && switchToken(ctx, apiKey, token, true);
  const [user, appId] = ownerValues(ctx, spec, config);
  return allOf(tokenEdits, replaceOwnerKeys(ctx, config, ['userId'], ['appId'], user, appId));
}

/**
 * A legacy app that another module creates and exports, seen from a file that uses it: how many uses this file
 * makes of it, and whether every one is a prediction of a resource `owner` owns (so moving the app serves them).
 */
export function usesOfImportedApp(ctx: FileContext, ctor: TSESTree.NewExpression, owner: OwnerSpec): { uses: number; servesOnly: boolean } {
  const app: LegacyApp = { ctor, predicts: [], usedElsewhere: false };
  let uses = 0;
  for (const variable of ctx.scopes.allVariables()) {
    const id = variable.defs[0]?.name;
    if (id?.type !== 'Identifier' || ctx.objects.resolve(id) !== ctor) continue;
    for (const ref of variable.references) {
      if (ref.init || !ref.isRead()) continue;
      uses++;
      recordUse(ctx, app, ref.identifier);
    }
  }
  for (const call of ctx.calls) {
    if (requiredModule(call) === undefined || ctx.objects.resolve(call) !== ctor || isDeclaredValue(ctx, call)) continue;
    uses++;
    recordUse(ctx, app, call);
  }
  return { uses, servesOnly: uses > 0 && servesOnly(ctx, app, owner) };
}

/** `const app = require('./app')`: the require is the variable's value, counted through the variable's uses. */
function isDeclaredValue(ctx: FileContext, call: Node): boolean {
  const parent = ctx.parents.get(call);
  return parent?.type === 'VariableDeclarator' && parent.init === call;
}

/** The edits that make an app created at `line` send a PAT read from the environment and name `spec`. */
export function moveAppAt(ctx: FileContext, line: number, spec: OwnerSpec, token: string): TextEdit[] | undefined {
  const ctor = ctx.news.find((n) => ctx.loc(n.range).start.line === line && isLegacyAppConstructor(ctx, n));
  const config = ctor?.arguments[0] ? ctx.objects.asObject(ctor.arguments[0]) : undefined;
  if (!config || syntheticNodes.has(config)) return undefined;
  const apiKey = ctx.objects.property(config, 'apiKey')?.value;
  const kind = apiKey ? withPropertyName(readCredential(ctx, apiKey, true)).kind : 'unknown';
  return moveApp(ctx, config, spec, kind === 'pat' ? undefined : token);
}

function ownDataSite(ctx: FileContext, app: LegacyApp, config: TSESTree.ObjectExpression): CallSite {
  const apiKey = ctx.objects.property(config, 'apiKey')?.value;
  return {
    client: 'legacy',
    node: app.ctor,
    resource: { kind: 'app-data' },
    credential: apiKey ? { ...withPropertyName(readCredential(ctx, apiKey, true)), carrier: app.ctor } : { kind: 'unknown', scheme: 'none' },
    owner: ownerFromKeys(ctx, config, ['userId'], ['appId']),
    retarget(spec, token) {
      if (syntheticNodes.has(config) || token !== undefined) return undefined;
      const [user, appId] = ownerValues(ctx, spec, config);
      return replaceOwnerKeys(ctx, config, ['userId'], ['appId'], user, appId);
    },
  };
}

/** The legacy client's option is called `apiKey` whatever it holds; the value's own name says more when it has one. */
function withPropertyName(credential: Credential): Credential {
  return credential.kind === 'unknown' ? { ...credential, kind: 'api-key', name: 'apiKey' } : credential;
}

/** Whether every use of the app is a prediction of a resource that `owner` owns, so the app itself can move. */
function servesOnly(ctx: FileContext, app: LegacyApp, owner: OwnerSpec): boolean {
  if (app.usedElsewhere) return false;
  const catalogued = (p: LegacyApp['predicts'][number]) =>
    p.resource.id ? ctx.catalogue.ownerOf(p.resource.kind as 'model' | 'workflow', p.resource.id) : undefined;
  // An owner read from the environment is the user's own: the app moves when it serves only their resources.
  if (owner.kind === 'code') return app.predicts.every((p) => p.resource.id !== undefined && !catalogued(p));
  const key = ownerKey({ userId: owner.userId, appId: owner.appId });
  return app.predicts.every((p) => {
    const found = catalogued(p);
    return found !== undefined && ownerKey(found) === key;
  });
}

/**
 * A second client for the public owner, declared right after the app it copies, and the prediction pointed at
 * it: the user's own calls keep their app-scoped client.
 */
function secondInstance(
  ctx: FileContext,
  app: LegacyApp,
  receiver: Node,
  owner: OwnerSpec,
  token: string | undefined,
) {
  if (receiver.type !== 'Identifier') return undefined;
  const existing = existingInstanceFor(ctx, app, receiver, owner);
  if (existing) return [{ range: receiver.range, text: existing }];
  const declaration = app.variable?.defs[0]?.parent;
  if (!declaration || declaration.type !== 'VariableDeclaration' || !token) return undefined;
  const statement = ctx.parents.get(declaration)?.type === 'ExportNamedDeclaration' ? ctx.parents.get(declaration)! : declaration;
  // Named after the app it copies (`app` → `clarifaiMainApp`), so two apps in one file never get the same name.
  const copied = app.variable?.name ?? 'app';
  const prefix = owner.kind === 'literal' && owner.userId === 'clarifai' ? 'clarifaiMain' : 'publicModels';
  const name = freshName(ctx, prefix + copied[0]!.toUpperCase() + copied.slice(1));
  const [user, appId] = ownerValues(ctx, owner, app.ctor);
  const { indent, newline } = lineLayout(ctx.text, statement.range[0]);
  const semicolon = ctx.text[statement.range[1] - 1] === ';' ? ';' : '';
  const callee = ctx.source(app.ctor.callee);
  const created = `${declaration.kind} ${name} = new ${callee}({ apiKey: ${token}, userId: ${user}, appId: ${appId} })${semicolon}`;
  return [
    { range: [statement.range[1], statement.range[1]] as [number, number], text: `${newline}${indent}${created}` },
    { range: receiver.range, text: name },
  ];
}

/**
 * A client for `owner` that an earlier fix (or the user) already declared, visible where the prediction is and
 * not itself sending an app-scoped API key, so predictions share it.
 */
function existingInstanceFor(ctx: FileContext, app: LegacyApp, receiver: Node, owner: OwnerSpec): string | undefined {
  if (owner.kind !== 'literal') return undefined;
  for (const ctor of ctx.news) {
    if (ctor === app.ctor || !isLegacyAppConstructor(ctx, ctor)) continue;
    const parent = ctx.parents.get(ctor);
    const config = ctor.arguments[0] ? ctx.objects.asObject(ctor.arguments[0]) : undefined;
    if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier' || !config) continue;
    const named = ownerFromKeys(ctx, config, ['userId'], ['appId']);
    if (named.kind !== 'named' || named.user.value !== owner.userId || named.app.value !== owner.appId) continue;
    const apiKey = ctx.objects.property(config, 'apiKey')?.value;
    if (apiKey && withPropertyName(readCredential(ctx, apiKey, true)).kind === 'api-key') continue;
    const variable = ctx.scopes.variableOf(parent.id);
    if (variable && ctx.scopes.lookup(receiver, parent.id.name) === variable) return parent.id.name;
  }
  return undefined;
}

function freshName(ctx: FileContext, base: string): string {
  let name = base;
  for (let i = 2; new RegExp(`\\b${name}\\b`).test(ctx.text); i++) name = `${base}${i}`;
  return name;
}
