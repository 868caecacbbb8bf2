// REST/JSON front end: the HTTP bindings of the four implemented RPCs (service.proto google.api.http), each with
// and without the `/v2/users/{user_id}/apps/{app_id}` prefix. The owner comes from that prefix, else from the
// body's `user_app_id` (snake_case only: whether the gateway also takes camelCase is unverified, facts §4), else
// from the `user_app_id.user_id` / `user_app_id.app_id` query parameters (how a GET names it).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Call, Reply, Rpc } from './handler.ts';
import { failure, userAppIdOf, type Failure } from './rules.ts';

export interface RestBackend {
  serve(call: Call, method: string, path: string): Reply;
  /** A request the stand-in could not route or parse; answers with `failed`. */
  reject(request: { method: string; path: string; authorization: string | undefined }, failed: Failure): Reply;
}

const ROUTES: Array<{ method: string; pattern: RegExp; rpc: Rpc }> = [
  { method: 'POST', pattern: /^models\/([^/]+)(?:\/versions\/([^/]+))?\/outputs$/, rpc: 'PostModelOutputs' },
  { method: 'POST', pattern: /^workflows\/([^/]+)(?:\/versions\/([^/]+))?\/results$/, rpc: 'PostWorkflowResults' },
  { method: 'POST', pattern: /^inputs$/, rpc: 'PostInputs' },
  { method: 'GET', pattern: /^models\/([^/]+)$/, rpc: 'GetModel' },
];
const PREFIX = /^\/v2(?:\/users\/([^/]+)\/apps\/([^/]+))?\/(.+)$/;

interface Body {
  user_app_id?: { user_id?: string; app_id?: string };
  inputs?: unknown[];
}

export function createRestServer(backend: RestBackend): Server {
  return createServer(async (req, res) => {
    const reply = await route(req, backend);
    res.writeHead(reply.httpStatus, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  });
}

async function route(req: IncomingMessage, backend: RestBackend): Promise<Reply> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://standin');
  const authorization = req.headers.authorization;
  const rejected = (failed: Failure) =>
    backend.reject({ method, path: url.pathname, authorization }, failed);

  const [, pathUser, pathApp, rest = ''] = PREFIX.exec(url.pathname) ?? [];
  const matched = ROUTES.map((r) => ({ ...r, ids: r.method === method ? r.pattern.exec(rest) : null })).find((r) => r.ids);
  if (!matched?.ids) return rejected(failure('CONN_DOES_NOT_EXIST', `${method} ${url.pathname} not found. Check the url of your request.`));

  let body: Body;
  try {
    body = await readJson(req);
  } catch {
    return rejected(failure('CONN_BAD_REQUEST_FORMAT', 'Failed to parse the request body as JSON'));
  }
  const [, resourceId, versionId] = matched.ids.map((part) => part && decodeURIComponent(part));
  const call: Call = {
    rpc: matched.rpc,
    authorization,
    userAppId:
      userAppIdOf(pathUser && decodeURIComponent(pathUser), pathApp && decodeURIComponent(pathApp)) ??
      userAppIdOf(body.user_app_id?.user_id, body.user_app_id?.app_id) ??
      userAppIdOf(url.searchParams.get('user_app_id.user_id'), url.searchParams.get('user_app_id.app_id')),
    resourceId,
    versionId,
    inputs: body.inputs ?? [],
  };
  return backend.serve(call, method, url.pathname);
}

async function readJson(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const body: unknown = text ? JSON.parse(text) : {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('body is not a JSON object');
  if ('inputs' in body && !Array.isArray(body.inputs)) throw new Error('inputs is not an array');
  return body as Body;
}
