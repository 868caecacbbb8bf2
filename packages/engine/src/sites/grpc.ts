import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, staticKeyName, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { readString } from '../strings.js';
import { allOf, callsOnValueOf, ownerInObject, readCredential, switchToken, userAppIdEdits } from './shared.js';
import type { CallSite, Resource } from './site.js';

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

export function findGrpcSites(ctx: FileContext): CallSite[] {
  const importsGrpc = ctx.imports.some((i) => i.module.startsWith(GRPC_MODULE));
  const sites: CallSite[] = [];
  for (const call of ctx.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const rpc = staticKeyName(callee.property, callee.computed);
    const kind = rpc && RPC_KIND.get(rpc);
    if (!kind || !isStub(ctx, callee.object, importsGrpc)) continue;
    sites.push(grpcSite(ctx, call, kind));
  }
  return sites;
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

function grpcSite(ctx: FileContext, call: TSESTree.CallExpression, kind: Resource['kind']): CallSite {
  const [requestArg, metadataArg] = call.arguments;
  const request = requestArg ? ctx.objects.asObject(requestArg) : undefined;
  const authorization = metadataArg ? metadataAuthorization(ctx, metadataArg) : undefined;
  const idKey = kind === 'model' ? 'model_id' : kind === 'workflow' ? 'workflow_id' : undefined;
  const idValue = request && idKey ? ctx.objects.property(request, idKey)?.value : undefined;
  const idText = idValue ? readString(ctx, idValue).text : undefined;
  const resource: Resource = idText && !idText.includes('\0') ? { kind, id: idText } : { kind };
  return {
    client: 'grpc',
    node: call,
    resource,
    credential: readCredential(ctx, authorization),
    owner: ownerInObject(ctx, request),
    retarget(spec, token) {
      if (!request) return undefined;
      const tokenEdits = token === undefined ? [] : authorization && switchToken(ctx, authorization, token);
      return allOf(userAppIdEdits(ctx, request, spec), tokenEdits);
    },
  };
}

/** The value of `metadata.set('authorization', value)` for the metadata object a call passes. */
function metadataAuthorization(ctx: FileContext, metadata: Node): Node | undefined {
  const sets = callsOnValueOf(ctx, metadata, ['set', 'add']).filter((c) => {
    const name = c.arguments[0] && readString(ctx, c.arguments[0]).text;
    return name?.toLowerCase() === 'authorization' && c.arguments[1];
  });
  return sets.length > 0 ? sets[sets.length - 1]!.arguments[1] : undefined;
}
