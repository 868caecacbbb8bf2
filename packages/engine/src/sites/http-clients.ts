import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, staticKeyName, unwrap, type Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { callsOnValueOf } from './shared.js';
import { httpRequest, isAuthorizationName, isPageGlobal, NO_BODY, WITH_BODY, type HttpRequest } from './http-request.js';

/**
 * HTTP clients beyond fetch, axios, got and superagent, each read into the same HttpRequest: jQuery, AngularJS's
 * `$http`, XMLHttpRequest, request / request-promise, needle, ky, undici's `request`, and Node's `http(s).request`.
 */
export function moreHttpRequest(ctx: FileContext, call: TSESTree.CallExpression): HttpRequest | undefined {
  const callee = unwrap(call.callee);
  const method = callee.type === 'MemberExpression' ? staticKeyName(callee.property, callee.computed) : undefined;
  const root = callee.type === 'MemberExpression' ? callee.object : callee;
  if (method === 'open') return xhrRequest(ctx, call, root);
  if (isAngularHttp(ctx, root)) return angularRequest(ctx, call, method);
  const origin = libraryOf(ctx, root);
  if (!origin) return undefined;
  switch (origin.library) {
    case 'jquery':
      return method ? jqueryRequest(ctx, call, method) : undefined;
    case 'request':
      return requestLibRequest(ctx, call, method);
    case 'needle':
      return needleRequest(ctx, call, method);
    case 'ky':
      return kyRequest(ctx, call, method);
    case 'undici':
      return (method ?? origin.imported) === 'request' ? undiciRequest(ctx, call) : undefined;
    case 'node-http':
      return ['request', 'get'].includes(method ?? origin.imported) ? nodeHttpRequest(ctx, call) : undefined;
  }
}

type Library = 'jquery' | 'request' | 'needle' | 'ky' | 'undici' | 'node-http';

const LIBRARY_OF_MODULE: Record<string, Library> = {
  jquery: 'jquery',
  request: 'request',
  'request-promise': 'request',
  'request-promise-native': 'request',
  'postman-request': 'request',
  needle: 'needle',
  ky: 'ky',
  'ky-universal': 'ky',
  undici: 'undici',
  http: 'node-http',
  https: 'node-http',
  'node:http': 'node-http',
  'node:https': 'node-http',
};

/** The library a callee comes from: imported or required, or jQuery's page global (`$`, `jQuery`). */
/** How many `create`/`defaults` calls deep an instance is followed (a value that reads itself would loop). */
const MAX_INSTANCE_DEPTH = 8;

function libraryOf(ctx: FileContext, root: Node, depth = 0): { library: Library; imported: string } | undefined {
  const node = unwrap(root);
  const origin = ctx.moduleOf(node);
  const library = origin && LIBRARY_OF_MODULE[origin.module];
  if (library) return { library, imported: origin.imported };
  if (isPageGlobal(ctx, node, ['$', 'jQuery'])) return { library: 'jquery', imported: 'default' };
  // `ky.create({ prefixUrl, headers })` / `request.defaults({ ... })`: an instance of the library.
  const created = ctx.objects.resolve(node);
  if (depth < MAX_INSTANCE_DEPTH && created !== node && created.type === 'CallExpression' && unwrap(created.callee).type === 'MemberExpression') {
    const inner = libraryOf(ctx, (unwrap(created.callee) as TSESTree.MemberExpression).object, depth + 1);
    if (inner && (inner.library === 'ky' || inner.library === 'request')) return inner;
  }
  return undefined;
}

const object = (ctx: FileContext, node: Node | undefined) => (node ? ctx.objects.asObject(node) : undefined);
const prop = (ctx: FileContext, o: TSESTree.ObjectExpression | undefined, ...names: string[]) => {
  if (!o) return undefined;
  for (const name of names) {
    const value = ctx.objects.property(o, name)?.value;
    if (value) return value;
  }
  return undefined;
};

/** The HTTP method an options object states (`method`, jQuery's `type`), lower-cased; undefined when not static. */
function methodIn(ctx: FileContext, options: TSESTree.ObjectExpression | undefined, ...names: string[]): string | undefined {
  const value = prop(ctx, options, ...names);
  const resolved = value && ctx.objects.resolve(value);
  return resolved?.type === 'Literal' && typeof resolved.value === 'string' ? resolved.value.toLowerCase() : undefined;
}

/** A body only when the method sends one (GET data goes into the query string). */
const bodyIf = (method: string | undefined, body: Node | undefined, byDefault: boolean) =>
  (method === undefined ? byDefault : !NO_BODY.has(method)) ? body : undefined;

/** `$.ajax(url?, settings)`, `$.post(url, data)`, `$.get(url)`, `$.getJSON(url)`; `$.ajaxSetup` defaults apply. */
function jqueryRequest(ctx: FileContext, call: TSESTree.CallExpression, method: string): HttpRequest | undefined {
  const [first, second] = call.arguments;
  const setup = jquerySetup(ctx);
  if (method === 'ajax') {
    const settings = object(ctx, first) ?? object(ctx, second);
    const url = first && !object(ctx, first) ? first : prop(ctx, settings, 'url');
    const verb = methodIn(ctx, settings, 'method', 'type');
    return httpRequest(call, {
      url,
      headers: [...setup.headers, prop(ctx, settings, 'headers')],
      setters: [...setup.setters, ...beforeSendSetters(ctx, prop(ctx, settings, 'beforeSend'))],
      body: bodyIf(verb, prop(ctx, settings, 'data'), false),
    });
  }
  if (!['post', 'get', 'getJSON'].includes(method)) return undefined;
  const settings = object(ctx, first);
  const url = settings ? prop(ctx, settings, 'url') : first;
  const data = settings ? prop(ctx, settings, 'data') : second && unwrap(second).type.includes('Function') ? undefined : second;
  return httpRequest(call, {
    url,
    headers: [...setup.headers, prop(ctx, settings, 'headers')],
    setters: setup.setters,
    body: method === 'post' ? data : undefined,
  });
}

/**
 * AngularJS's `$http` service, injected by name: a parameter (`function ($http)`, `['$http', function ($http)]`),
 * a class's `this.$http`, or the page's global.
 */
function isAngularHttp(ctx: FileContext, root: Node): boolean {
  const node = unwrap(root);
  if (node.type === 'MemberExpression') return memberPath(node)?.join('.') === 'this.$http';
  if (node.type !== 'Identifier' || node.name !== '$http') return false;
  const binding = ctx.scopes.binding(node);
  return binding.kind === 'param' || (binding.kind === 'unknown' && !binding.variable?.defs.length);
}

/** `$http(config)` with `{ method, url, headers, data }`; `$http.post(url, data, config)`, `$http.get(url, config)`. */
function angularRequest(ctx: FileContext, call: TSESTree.CallExpression, method: string | undefined): HttpRequest | undefined {
  const [first, second, third] = call.arguments;
  if (method === undefined) {
    const config = object(ctx, first);
    return httpRequest(call, {
      url: prop(ctx, config, 'url'),
      headers: [prop(ctx, config, 'headers')],
      body: bodyIf(methodIn(ctx, config, 'method'), prop(ctx, config, 'data'), false),
    });
  }
  if (WITH_BODY.has(method)) return httpRequest(call, { url: first, headers: [prop(ctx, object(ctx, third), 'headers')], body: second });
  if (NO_BODY.has(method)) return httpRequest(call, { url: first, headers: [prop(ctx, object(ctx, second), 'headers')] });
  return undefined;
}

/** Headers set for every jQuery request of the file by `$.ajaxSetup({ headers, beforeSend })`. */
function jquerySetup(ctx: FileContext): { headers: Node[]; setters: Node[] } {
  const headers: Node[] = [];
  const setters: Node[] = [];
  for (const call of ctx.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || staticKeyName(callee.property, callee.computed) !== 'ajaxSetup') continue;
    if (libraryOf(ctx, callee.object)?.library !== 'jquery') continue;
    const settings = object(ctx, call.arguments[0]);
    const value = prop(ctx, settings, 'headers');
    if (value) headers.push(value);
    setters.push(...beforeSendSetters(ctx, prop(ctx, settings, 'beforeSend')));
  }
  return { headers, setters };
}

/** `beforeSend(xhr) { xhr.setRequestHeader('Authorization', ...) }`: the values it sets. */
function beforeSendSetters(ctx: FileContext, hook: Node | undefined): Node[] {
  const fn = hook && ctx.objects.resolve(hook);
  if (!fn || (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionDeclaration')) return [];
  const param = fn.params[0];
  if (param?.type !== 'Identifier') return [];
  return authorizationSetters(ctx, callsOnValueOf(ctx, param, ['setRequestHeader']));
}

function authorizationSetters(ctx: FileContext, calls: TSESTree.CallExpression[]): Node[] {
  return calls.filter((c) => isAuthorizationName(ctx, c.arguments[0]) && c.arguments[1]).map((c) => c.arguments[1]!);
}

/** `xhr.open(method, url)` on a `new XMLHttpRequest()`, with its `setRequestHeader` and `send` calls. */
function xhrRequest(ctx: FileContext, call: TSESTree.CallExpression, target: Node): HttpRequest | undefined {
  const created = ctx.objects.resolve(target);
  if (created.type !== 'NewExpression' || memberPath(created.callee)?.at(-1) !== 'XMLHttpRequest') return undefined;
  const [verb, url] = call.arguments;
  const method = verb && ctx.objects.resolve(verb);
  const name = method?.type === 'Literal' && typeof method.value === 'string' ? method.value.toLowerCase() : undefined;
  const sent = callsOnValueOf(ctx, target, ['send']).at(-1)?.arguments[0];
  return httpRequest(call, {
    url,
    setters: authorizationSetters(ctx, callsOnValueOf(ctx, target, ['setRequestHeader'])),
    body: bodyIf(name, sent, true),
  });
}

/** `request(options)`, `request(url, options)`, `request.post(...)`, `rp(...)`; `json: {...}` is the body. */
function requestLibRequest(ctx: FileContext, call: TSESTree.CallExpression, method: string | undefined): HttpRequest | undefined {
  if (method !== undefined && !NO_BODY.has(method) && !WITH_BODY.has(method)) return undefined;
  const [first, second] = call.arguments;
  const options = object(ctx, first) ?? object(ctx, second);
  const defaults = instanceOptions(ctx, call);
  const url = first && !object(ctx, first) ? first : prop(ctx, options, 'uri', 'url');
  const json = prop(ctx, options, 'json');
  const jsonBody = json && object(ctx, json) ? json : undefined;
  const verb = method ?? methodIn(ctx, options, 'method');
  return httpRequest(call, {
    url,
    base: prop(ctx, options, 'baseUrl') ?? prop(ctx, defaults, 'baseUrl'),
    headers: [prop(ctx, defaults, 'headers'), prop(ctx, options, 'headers')],
    body: bodyIf(verb, prop(ctx, options, 'body') ?? jsonBody, false),
  });
}

/** The options an instance was made with (`request.defaults({...})`, `ky.create({...})`), when the callee is one. */
function instanceOptions(ctx: FileContext, call: TSESTree.CallExpression): TSESTree.ObjectExpression | undefined {
  const callee = unwrap(call.callee);
  const root = callee.type === 'MemberExpression' ? callee.object : callee;
  const created = ctx.objects.resolve(root);
  if (created === unwrap(root) || created.type !== 'CallExpression') return undefined;
  const name = memberPath(created.callee)?.at(-1);
  return name && ['defaults', 'create', 'extend'].includes(name) ? object(ctx, created.arguments[0]) : undefined;
}

/** `needle(method, url, data, options)`, `needle.post(url, data, options)`, `needle.get(url, options)`. */
function needleRequest(ctx: FileContext, call: TSESTree.CallExpression, method: string | undefined): HttpRequest | undefined {
  const args = call.arguments;
  let verb: string | undefined;
  let rest: (Node | undefined)[];
  if (method === undefined || method === 'request') {
    const first = args[0] && ctx.objects.resolve(args[0]);
    verb = first?.type === 'Literal' && typeof first.value === 'string' ? first.value.toLowerCase() : undefined;
    rest = args.slice(1);
  } else if (NO_BODY.has(method) || WITH_BODY.has(method)) {
    verb = method;
    rest = args;
  } else {
    return undefined;
  }
  const sends = verb === undefined || !NO_BODY.has(verb);
  const [url, data, options] = sends ? rest : [rest[0], undefined, rest[1]];
  return httpRequest(call, { url, headers: [prop(ctx, object(ctx, options), 'headers')], body: data });
}

/** `ky(url, options)`, `ky.post(url, { json, headers })`, and instances from `ky.create({ prefixUrl, headers })`. */
function kyRequest(ctx: FileContext, call: TSESTree.CallExpression, method: string | undefined): HttpRequest | undefined {
  if (method !== undefined && !NO_BODY.has(method) && !WITH_BODY.has(method)) return undefined;
  const options = object(ctx, call.arguments[1]);
  const defaults = instanceOptions(ctx, call);
  const verb = method ?? methodIn(ctx, options, 'method');
  return httpRequest(call, {
    url: call.arguments[0],
    base: prop(ctx, options, 'prefixUrl') ?? prop(ctx, defaults, 'prefixUrl'),
    headers: [prop(ctx, defaults, 'headers'), prop(ctx, options, 'headers')],
    body: bodyIf(verb, prop(ctx, options, 'json', 'body'), false),
  });
}

/** undici's `request(url, { method, headers, body })`. */
function undiciRequest(ctx: FileContext, call: TSESTree.CallExpression): HttpRequest {
  const options = object(ctx, call.arguments[1]);
  return httpRequest(call, {
    url: call.arguments[0],
    headers: [prop(ctx, options, 'headers')],
    body: bodyIf(methodIn(ctx, options, 'method'), prop(ctx, options, 'body'), false),
  });
}

/**
 * `https.request(url, options, cb)` or `https.request({ hostname, path, method, headers }, cb)`; the body is what
 * `req.write(...)` / `req.end(...)` send on the request it returns.
 */
function nodeHttpRequest(ctx: FileContext, call: TSESTree.CallExpression): HttpRequest {
  const [first, second] = call.arguments;
  const options = object(ctx, first) ?? object(ctx, second);
  const url = first && !object(ctx, first) ? first : prop(ctx, options, 'path');
  const base = first && !object(ctx, first) ? undefined : prop(ctx, options, 'hostname', 'host');
  const holder = ctx.parents.get(call);
  const written =
    holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier'
      ? callsOnValueOf(ctx, holder.id, ['write', 'end']).find((c) => c.arguments[0])?.arguments[0]
      : undefined;
  return httpRequest(call, {
    url,
    base,
    headers: [prop(ctx, options, 'headers')],
    body: bodyIf(methodIn(ctx, options, 'method'), written, false),
  });
}
