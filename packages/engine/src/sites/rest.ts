import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, staticKeyName, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { syntheticNodes } from '../scope.js';
import { allOf, callsOnValueOf, JSON_OWNER_KEYS, namesOwner, onlyThisCallSends, ownerInObject, readCredential, switchToken, userAppIdEdits } from './shared.js';
import { moreHttpRequest } from './http-clients.js';
import { isAuthorizationName, isPageGlobal, NO_BODY, WITH_BODY, type HttpRequest } from './http-request.js';
import { ownerInJsonText } from './json-body.js';
import type { CallSite, OwnerSpec, OwnerState } from './site.js';
import { readClarifaiUrl, segmentOwner, urlOwnerCodeEdits, urlOwnerEdits, type ClarifaiUrl } from './url.js';

const FETCH_MODULES = new Set(['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici', 'isomorphic-unfetch']);
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

export function findRestSites(ctx: FileContext): CallSite[] {
  const sites: CallSite[] = [];
  for (const request of findHttpRequests(ctx)) {
    const url = readClarifaiUrl(ctx, request.url, request.base);
    if (url && url.resource !== 'openai-compatible') sites.push(restSite(ctx, request, url));
  }
  return sites;
}

/** Every HTTP request in the file sent with fetch, axios, got, superagent or the clients of http-clients.ts, whatever its host. */
export function findHttpRequests(ctx: FileContext): HttpRequest[] {
  const requests: HttpRequest[] = [];
  for (const call of ctx.calls) {
    const request =
      fetchRequest(ctx, call) ?? axiosRequest(ctx, call) ?? gotRequest(ctx, call) ?? superagentRequest(ctx, call) ?? moreHttpRequest(ctx, call);
    if (request) requests.push(request);
  }
  return requests;
}

/** The `Authorization` header value a request sends, from a setter or the last header object that has one. */
export function authorizationValue(ctx: FileContext, request: HttpRequest): Node | undefined {
  if (request.authorizationSetters.length > 0) return request.authorizationSetters[request.authorizationSetters.length - 1];
  for (let i = request.headers.length - 1; i >= 0; i--) {
    const found = headerValue(ctx, request.headers[i]!);
    if (found) return found;
  }
  return undefined;
}

function restSite(ctx: FileContext, request: HttpRequest, url: ClarifaiUrl): CallSite {
  const authorization = authorizationValue(ctx, request);
  const credential = readCredential(ctx, authorization);
  const bodyObject = request.body ? ctx.objects.asObject(request.body) : undefined;
  let owner: OwnerState;
  if (url.owner) owner = { kind: 'named', user: segmentOwner(url, url.owner.user), app: segmentOwner(url, url.owner.app) };
  // A user-scoped endpoint needs a user, not an app: the user its path names is all the owner it takes.
  else if (url.user) owner = { kind: 'named', user: segmentOwner(url, url.user), app: { names: [] } };
  else if (bodyObject) owner = ownerInObject(ctx, bodyObject, JSON_OWNER_KEYS);
  else if (request.body) owner = ownerInJsonText(ctx, request.body, JSON_OWNER_KEYS) ?? { kind: 'unknown' };
  else owner = { kind: 'missing' };
  const resource = url.resource === 'openai-compatible' ? { kind: 'app-data' as const } : url.resource;

  const ownerEdits = (spec: OwnerSpec) => {
    if (namesOwner(owner, spec)) return [];
    if (url.user) return undefined;
    if (url.owner) return spec.kind === 'literal' ? urlOwnerEdits(ctx, url, spec.userId, spec.appId) : undefined;
    const sharedBody = bodyObject && owner.kind !== 'named' && !syntheticNodes.has(bodyObject) && !onlyThisCallSends(ctx, bodyObject, request.node);
    if (bodyObject && !sharedBody) return syntheticNodes.has(bodyObject) ? undefined : userAppIdEdits(ctx, bodyObject, spec, JSON_OWNER_KEYS, request.node);
    // No body, a body other calls send too (that names no owner), a JSON text body, or one built at run time: the
    // path, written at this call, is the one place left that names the owner.
    return spec.kind === 'literal'
      ? urlOwnerEdits(ctx, url, spec.userId, spec.appId)
      : urlOwnerCodeEdits(ctx, url, spec.user, spec.app);
  };
  return {
    client: 'rest',
    node: request.node,
    resource,
    credential,
    owner,
    retarget(spec, token) {
      const tokenEdits = token === undefined ? [] : authorization && switchToken(ctx, authorization, token);
      return allOf(ownerEdits(spec), tokenEdits);
    },
  };
}

function headerValue(ctx: FileContext, headers: Node): Node | undefined {
  const resolved = ctx.objects.resolve(headers);
  // `new Headers({ ... })`, then `headers.append('Authorization', ...)` on the variable that holds it.
  if (resolved.type === 'NewExpression' && memberPath(resolved.callee)?.at(-1) === 'Headers') {
    const appended = callsOnValueOf(ctx, headers, ['append', 'set'])
      .filter((c) => isAuthorizationName(ctx, c.arguments[0]))
      .map((c) => c.arguments[1]!)
      .filter(Boolean);
    if (appended.length > 0) return appended[appended.length - 1];
    return resolved.arguments[0] ? headerValue(ctx, resolved.arguments[0]) : undefined;
  }
  const object = ctx.objects.asObject(headers);
  return object ? ctx.objects.anyProperty(object, ['Authorization', 'authorization'])?.value : undefined;
}

function fetchRequest(ctx: FileContext, call: TSESTree.CallExpression): HttpRequest | undefined {
  const callee = unwrap(call.callee);
  const path = memberPath(callee);
  if (!path || path[path.length - 1] !== 'fetch') return undefined;
  if (path.length === 2 && !GLOBAL_OBJECTS.has(path[0]!)) return undefined;
  if (path.length > 2) return undefined;
  if (callee.type === 'Identifier') {
    const binding = ctx.scopes.binding(callee);
    if (binding.kind === 'import' && !FETCH_MODULES.has(binding.module)) return undefined;
    // A parameter named `fetch` is fetch handed in (`handler(req, res, fetch)`, for tests or a polyfill); a local
    // `fetch` function is a wrapper of the file's own, read through its own calls.
    if (binding.kind === 'value') return undefined;
  }
  // `fetch(new Request(url, init), more)`: the Request's init, then fetch's own, which wins.
  const request = call.arguments[0] && ctx.objects.resolve(call.arguments[0]);
  const wrapped = request?.type === 'NewExpression' && memberPath(request.callee)?.at(-1) === 'Request' ? request : undefined;
  const url = wrapped ? wrapped.arguments[0] : call.arguments[0];
  const inits = [wrapped?.arguments[1], call.arguments[1]].flatMap((n) => (n ? [ctx.objects.asObject(n)] : [])).filter((o) => o !== undefined);
  const headers = inits.flatMap((init) => ctx.objects.property(init, 'headers')?.value ?? []);
  const body = inits.map((init) => ctx.objects.property(init, 'body')?.value).filter((b) => b !== undefined).at(-1);
  return {
    node: call,
    ...(url ? { url } : {}),
    headers,
    authorizationSetters: [],
    ...(body ? { body } : {}),
  };
}

function axiosRequest(ctx: FileContext, call: TSESTree.CallExpression): HttpRequest | undefined {
  const callee = unwrap(call.callee);
  let method: string | undefined;
  let target: Node = callee;
  if (callee.type === 'MemberExpression') {
    method = memberPath(callee)?.at(-1);
    target = callee.object;
  }
  const instance = axiosInstance(ctx, target);
  if (!instance) return undefined;
  const args = call.arguments;
  let url: Node | undefined;
  let data: Node | undefined;
  let config: Node | undefined;
  if (method === undefined || method === 'request') {
    // axios(config), axios(url, config), axios.request(config)
    if (args.length >= 2 || (args[0] && !ctx.objects.asObject(args[0]))) [url, config] = [args[0], args[1]];
    else config = args[0];
  } else if (NO_BODY.has(method)) {
    [url, config] = [args[0], args[1]];
  } else if (WITH_BODY.has(method)) {
    [url, data, config] = [args[0], args[1], args[2]];
  } else {
    return undefined;
  }
  const configObject = config ? ctx.objects.asObject(config) : undefined;
  const fromConfig = (name: string) => (configObject ? ctx.objects.property(configObject, name)?.value : undefined);
  url ??= fromConfig('url');
  data ??= fromConfig('data');
  const base = fromConfig('baseURL') ?? instance.base;
  const callHeaders = fromConfig('headers');
  return {
    node: call,
    ...(url ? { url } : {}),
    ...(base ? { base } : {}),
    headers: [...instance.headers, ...(callHeaders ? [callHeaders] : [])],
    authorizationSetters: [],
    ...(data ? { body: data } : {}),
  };
}

/** `axios` itself (imported, or the page global of a `<script>` tag), or an instance made by `axios.create({ baseURL, headers })` in this file. */
function axiosInstance(ctx: FileContext, node: Node): { base?: Node; headers: Node[] } | undefined {
  const origin = ctx.moduleOf(node);
  if (origin?.module === 'axios' && unwrap(node).type === 'Identifier') return { headers: [] };
  if (isPageGlobal(ctx, node, ['axios'])) return { headers: [] };
  const created = ctx.objects.resolve(node);
  if (created.type !== 'CallExpression' || memberPath(created.callee)?.at(-1) !== 'create') return undefined;
  const createCallee = unwrap(created.callee);
  if (createCallee.type !== 'MemberExpression' || ctx.moduleOf(createCallee.object)?.module !== 'axios') return undefined;
  const config = created.arguments[0] ? ctx.objects.asObject(created.arguments[0]) : undefined;
  const base = config && ctx.objects.property(config, 'baseURL')?.value;
  const headers = config && ctx.objects.property(config, 'headers')?.value;
  return { ...(base ? { base } : {}), headers: headers ? [headers] : [] };
}

function gotRequest(ctx: FileContext, call: TSESTree.CallExpression): HttpRequest | undefined {
  const callee = unwrap(call.callee);
  const root = callee.type === 'MemberExpression' ? callee.object : callee;
  if (ctx.moduleOf(root)?.module !== 'got' || unwrap(root).type !== 'Identifier') return undefined;
  const options = call.arguments[1] ? ctx.objects.asObject(call.arguments[1]) : undefined;
  const option = (name: string) => (options ? ctx.objects.property(options, name)?.value : undefined);
  const headers = option('headers');
  const body = option('json') ?? option('body');
  return {
    node: call,
    ...(call.arguments[0] ? { url: call.arguments[0] } : {}),
    headers: headers ? [headers] : [],
    authorizationSetters: [],
    ...(body ? { body } : {}),
  };
}

/** `superagent.post(url).set('Authorization', ...).send(body)`: the request is read along the chain. */
function superagentRequest(ctx: FileContext, call: TSESTree.CallExpression): HttpRequest | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = memberPath(callee)?.at(-1);
  if (!method || (!NO_BODY.has(method) && !WITH_BODY.has(method))) return undefined;
  if (ctx.moduleOf(callee.object)?.module !== 'superagent' || unwrap(callee.object).type !== 'Identifier') return undefined;
  const setters: Node[] = [];
  const headers: Node[] = [];
  let body: Node | undefined;
  let current: Node = call;
  for (;;) {
    const member = ctx.parents.get(current);
    const next = member && ctx.parents.get(member);
    if (member?.type !== 'MemberExpression' || next?.type !== 'CallExpression' || next.callee !== member) break;
    const name = staticKeyName(member.property, member.computed);
    if (name === 'set' && next.arguments.length === 2 && isAuthorizationName(ctx, next.arguments[0])) setters.push(next.arguments[1]!);
    else if (name === 'set' && next.arguments.length === 1) headers.push(next.arguments[0]!);
    else if (name === 'send' && next.arguments[0]) body = next.arguments[0];
    current = next;
  }
  return {
    node: call,
    ...(call.arguments[0] ? { url: call.arguments[0] } : {}),
    headers,
    authorizationSetters: setters,
    ...(body ? { body } : {}),
  };
}
