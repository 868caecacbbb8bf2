import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, staticKeyName, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { readString } from '../strings.js';
import { lineLayout } from '../style.js';
import type { TextEdit } from '../types.js';
import { allOf, callsOnValueOf, GRPC_OWNER_KEYS, namesOwner, ownerInObject, ownerPart, ownerValues, readCredential, switchToken, userAppIdEdits } from './shared.js';
import type { CallSite, OwnerSpec, OwnerState, Resource } from './site.js';

const MODEL_RPCS = [
  'PostModelOutputs', 'GenerateModelOutputs', 'StreamModelOutputs', 'GetModel', 'GetModelOutputInfo',
  'ListModelVersions', 'GetModelVersion', 'PostModelVersions',
];
const WORKFLOW_RPCS = ['PostWorkflowResults', 'GetWorkflow', 'ListWorkflowVersions', 'GetWorkflowVersion'];
const APP_RPCS = [
  'PostInputs', 'GetInput', 'ListInputs', 'DeleteInput', 'DeleteInputs', 'PatchInputs', 'PostSearches',
  'PostInputsSearches', 'PostAnnotationsSearches', 'PostAnnotations', 'ListAnnotations', 'ListConcepts',
  'PostConcepts', 'PostConceptsSearches', 'ListModels', 'PostModels', 'PatchModels', 'PostModelsSearches',
  'ListWorkflows', 'PostWorkflows', 'PatchWorkflows', 'GetApp', 'PostDatasets', 'ListDatasets',
];

/** Every RPC in PascalCase and in the lowerCamelCase alias the dynamic stub also exposes. */
const RPC_KIND = new Map<string, Resource['kind']>();
for (const [names, kind] of [[MODEL_RPCS, 'model'], [WORKFLOW_RPCS, 'workflow'], [APP_RPCS, 'app-data']] as const) {
  for (const name of names) {
    RPC_KIND.set(name, kind);
    RPC_KIND.set(name[0]!.toLowerCase() + name.slice(1), kind);
  }
}

const GRPC_MODULE = 'clarifai-nodejs-grpc';
/** How many layers of `promisify`, `.bind` and constants are followed from a call to the RPC it makes. */
const MAX_WRAPPING = 6;

export function findGrpcSites(ctx: FileContext): CallSite[] {
  const importsGrpc = ctx.imports.some((i) => i.module.startsWith(GRPC_MODULE));
  const sites: CallSite[] = [];
  for (const call of ctx.calls) {
    const method = rpcMethod(ctx, call.callee, importsGrpc);
    if (method) sites.push(grpcSite(ctx, call, method));
  }
  return sites;
}

/**
 * The RPC a callee invokes: `stub.PostModelOutputs`, or a function made from one with `promisify(stub.X.bind(stub))`,
 * `promisify(stub.X)` or `stub.X.bind(stub)` (the dynamic stub has no promise API of its own).
 */
function rpcMethod(ctx: FileContext, rawCallee: Node, importsGrpc: boolean, depth = 0): Resource['kind'] | undefined {
  const callee = unwrap(rawCallee);
  if (callee.type === 'MemberExpression') {
    const name = staticKeyName(callee.property, callee.computed);
    const kind = name ? RPC_KIND.get(name) : undefined;
    if (kind) return isStub(ctx, callee.object, importsGrpc) ? kind : undefined;
    // `stub.X.bind(stub)`
    return name === 'bind' && depth < MAX_WRAPPING ? rpcMethod(ctx, callee.object, importsGrpc, depth + 1) : undefined;
  }
  if (callee.type === 'CallExpression' && depth < MAX_WRAPPING) {
    const name = memberPath(callee.callee)?.at(-1);
    if (name === 'promisify' && callee.arguments[0]) return rpcMethod(ctx, callee.arguments[0], importsGrpc, depth + 1);
    if (name === 'bind') return rpcMethod(ctx, callee.callee, importsGrpc, depth + 1);
    return undefined;
  }
  if (callee.type === 'Identifier' && depth < MAX_WRAPPING) {
    const binding = ctx.scopes.binding(callee);
    return binding.kind === 'value' ? rpcMethod(ctx, binding.node, importsGrpc, depth + 1) : undefined;
  }
  return undefined;
}

/** `ClarifaiStub.grpc()` (or a `V2Client`) through constants; failing that, a `stub`/`client` in a file that imports the package. */
function isStub(ctx: FileContext, object: Node, importsGrpc: boolean): boolean {
  const made = ctx.objects.resolve(object);
  if (made.type === 'CallExpression') {
    const path = memberPath(made.callee);
    if (path?.includes('ClarifaiStub')) return true;
  }
  if (made.type === 'NewExpression' && memberPath(made.callee)?.at(-1) === 'V2Client') return true;
  if (ctx.moduleOf(object)?.module.startsWith(GRPC_MODULE)) return true;
  const name = memberPath(object)?.at(-1) ?? '';
  return importsGrpc && /stub|client/i.test(name);
}

/** What a request names: a plain object (dynamic stub) or a generated request class filled by setters (static style). */
interface RequestShape {
  resourceId?: string;
  owner: OwnerState;
  ownerEdits(spec: OwnerSpec): TextEdit[] | undefined;
}

function grpcSite(ctx: FileContext, call: TSESTree.CallExpression, kind: Resource['kind']): CallSite {
  const [requestArg, metadataArg] = call.arguments;
  const authorization = metadataArg ? metadataAuthorization(ctx, metadataArg) : undefined;
  const request = requestArg ? objectRequest(ctx, requestArg, kind, call) ?? staticRequest(ctx, requestArg, kind) : undefined;
  const owner = request?.owner ?? { kind: 'unknown' as const };
  const resource: Resource = request?.resourceId ? { kind, id: request.resourceId } : { kind };
  return {
    client: 'grpc',
    node: call,
    resource,
    credential: readCredential(ctx, authorization),
    owner,
    retarget(spec, token) {
      if (!request) return undefined;
      const tokenEdits = token === undefined ? [] : authorization && switchToken(ctx, authorization, token);
      return allOf(namesOwner(owner, spec) ? [] : request.ownerEdits(spec), tokenEdits);
    },
  };
}

function objectRequest(ctx: FileContext, arg: Node, kind: Resource['kind'], call: TSESTree.CallExpression): RequestShape | undefined {
  const request = ctx.objects.asObject(arg);
  if (!request) return undefined;
  const idKey = kind === 'model' ? 'model_id' : kind === 'workflow' ? 'workflow_id' : undefined;
  const idValue = idKey ? ctx.objects.property(request, idKey)?.value : undefined;
  const id = idValue ? ownerPart(ctx, idValue).value : undefined;
  return {
    ...(id ? { resourceId: id } : {}),
    owner: ownerInObject(ctx, request, GRPC_OWNER_KEYS),
    ownerEdits: (spec) => userAppIdEdits(ctx, request, spec, GRPC_OWNER_KEYS, call),
  };
}

/** `const req = new service.PostModelOutputsRequest(); req.setModelId(...); req.setUserAppId(...)`. */
function staticRequest(ctx: FileContext, arg: Node, kind: Resource['kind']): RequestShape | undefined {
  const made = ctx.objects.resolve(arg);
  if (made.type !== 'NewExpression' || !memberPath(made.callee)?.at(-1)?.endsWith('Request')) return undefined;
  const setters = callsOnValueOf(ctx, arg, ['setModelId', 'setWorkflowId', 'setUserAppId']);
  const setter = (name: string) => setters.find((c) => memberPath(c.callee)?.at(-1) === name);
  const idCall = setter(kind === 'workflow' ? 'setWorkflowId' : 'setModelId');
  const id = idCall?.arguments[0] ? ownerPart(ctx, idCall.arguments[0]).value : undefined;
  const ownerCall = setter('setUserAppId');
  const owner: OwnerState = ownerCall ? userAppIdSetOwner(ctx, ownerCall.arguments[0]) : { kind: 'missing' };
  return {
    ...(id ? { resourceId: id } : {}),
    owner,
    ownerEdits(spec) {
      const resources = resourcesBinding(ctx);
      const [user, app] = ownerValues(ctx, spec, made);
      if (!resources || unwrap(arg).type !== 'Identifier') return undefined;
      const set = `new ${resources}.UserAppIDSet().setUserId(${user}).setAppId(${app})`;
      if (ownerCall?.arguments[0]) return [{ range: ownerCall.arguments[0].range, text: set }];
      const first = setters[0];
      if (!first) return undefined;
      return [insertStatementBefore(ctx, first, `${ctx.source(arg)}.setUserAppId(${set});`)];
    },
  };
}

/** The owner of `new resources.UserAppIDSet().setUserId(u).setAppId(a)`. */
function userAppIdSetOwner(ctx: FileContext, arg: Node | undefined): OwnerState {
  let user: Node | undefined;
  let app: Node | undefined;
  for (let node = arg && unwrap(arg); node?.type === 'CallExpression'; ) {
    const callee = unwrap(node.callee);
    if (callee.type !== 'MemberExpression') break;
    const name = staticKeyName(callee.property, callee.computed);
    if (name === 'setUserId') user = node.arguments[0];
    if (name === 'setAppId') app = node.arguments[0];
    node = unwrap(callee.object);
  }
  if (!user && !app) return { kind: 'unknown' };
  return { kind: 'named', user: ownerPart(ctx, user), app: ownerPart(ctx, app) };
}

/** The local name of the generated `resources_pb` module, which the static style needs to build a UserAppIDSet. */
function resourcesBinding(ctx: FileContext): string | undefined {
  for (const { module, node } of ctx.imports) {
    if (!module.startsWith(GRPC_MODULE) || !module.endsWith('resources_pb')) continue;
    if (node.type === 'ImportDeclaration') {
      const whole = node.specifiers.find((s) => s.type !== 'ImportSpecifier');
      if (whole) return whole.local.name;
    }
    const parent = ctx.parents.get(node);
    if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  }
  return undefined;
}

/** A statement inserted on its own line just before the statement that holds `node`. */
function insertStatementBefore(ctx: FileContext, node: Node, statement: string): TextEdit {
  let current: Node = node;
  for (let parent = ctx.parents.get(current); parent; parent = ctx.parents.get(current)) {
    if (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'StaticBlock') break;
    current = parent;
  }
  const { indent, newline } = lineLayout(ctx.text, current.range[0]);
  return { range: [current.range[0], current.range[0]], text: `${statement}${newline}${indent}` };
}

/** The value of `metadata.set('authorization', value)` for the metadata object a call passes. */
function metadataAuthorization(ctx: FileContext, metadata: Node): Node | undefined {
  const sets = callsOnValueOf(ctx, metadata, ['set', 'add']).filter((c) => {
    const name = c.arguments[0] && readString(ctx, c.arguments[0]).text;
    return name?.toLowerCase() === 'authorization' && c.arguments[1];
  });
  return sets.length > 0 ? sets[sets.length - 1]!.arguments[1] : undefined;
}
