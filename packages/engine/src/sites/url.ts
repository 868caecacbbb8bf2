import type { FileContext } from '../context.js';
import { insertIntoString, insertPiecesIntoString, readString, replaceInString, type StringPart, type StringValue } from '../strings.js';
import type { TextEdit } from '../types.js';
import type { OwnerPart, Resource } from './site.js';
import type { Node } from '../ast.js';
import { scopeOfPath } from './rest-scopes.js';

const CLARIFAI_API_HOST = /api\.clarifai\.com|clarifai\.com\/api\/_api/i;

type Span = [number, number];

/** A REST URL aimed at Clarifai's v2 API, read down to the owner and resource segments of its path. */
export interface ClarifaiUrl {
  value: StringValue;
  /** Index in `value.text` just after `/v2/`. */
  pathStart: number;
  owner?: { user: Span; app: Span };
  /** Where a user-scoped path (a user's apps, keys, audit log...) names its user; such a path names no app. */
  user?: Span;
  resource: Resource | 'openai-compatible';
}

/** Reads `url` (joined to an axios `baseURL` when there is one); undefined when it is not a Clarifai v2 URL. */
export function readClarifaiUrl(ctx: FileContext, url: Node | undefined, base?: Node): ClarifaiUrl | undefined {
  if (!url && !base) return undefined;
  const urlValue = url ? readString(ctx, url) : { parts: [], text: '' };
  const isAbsolute = /^[a-z]+:\/\//i.test(urlValue.text);
  const baseValue = base && !isAbsolute ? readString(ctx, base) : undefined;
  // The base comes from a shared `axios.create` config: it is read but never edited from a call. Clients join
  // `…/v2` and `models/x` with one slash (axios, ky's prefixUrl, request's baseUrl): it stands as a part of its own.
  const separator = baseValue && !baseValue.text.endsWith('/') && urlValue.text !== '' && !urlValue.text.startsWith('/');
  const value: StringValue = baseValue
    ? {
        parts: [
          ...baseValue.parts.map((p) => ({ ...p, editable: 'none' as const })),
          ...(separator ? [{ text: '/', node: base!, editable: 'none' as const, names: [] }] : []),
          ...urlValue.parts,
        ],
        text: joinUrl(baseValue.text, urlValue.text),
      }
    : urlValue;
  if (baseValue && value.text !== baseValue.text + (separator ? '/' : '') + urlValue.text) return undefined;
  return readV2Path(withClarifaiRoot(value));
}

/**
 * An env var named for Clarifai's API root (`CLARIFAI_API_URL`, `VITE_CLARIFAI_BASE_URL`) holds it: a value that
 * starts with its read and goes on with a path is read with the root in its place (`https://api.clarifai.com`, and
 * `/v2` unless the path names it). That part is never edited.
 */
const CLARIFAI_ROOT_VAR = /CLARIFAI.*(?:URL|BASE|HOST|ENDPOINT|ROOT)|(?:URL|BASE|HOST|ENDPOINT|ROOT).*CLARIFAI/i;

function withClarifaiRoot(value: StringValue): StringValue {
  const [first, ...rest] = value.parts;
  const after = value.text.slice(1);
  if (!first || first.text !== undefined || !first.envName || !CLARIFAI_ROOT_VAR.test(first.envName) || !after.startsWith('/')) return value;
  const root = after.startsWith('/v2/') ? 'https://api.clarifai.com' : 'https://api.clarifai.com/v2';
  return { parts: [{ ...first, text: root, editable: 'none' }, ...rest], text: root + after };
}

function readV2Path(value: StringValue): ClarifaiUrl | undefined {
  if (!CLARIFAI_API_HOST.test(value.text)) return undefined;
  const v2 = value.text.indexOf('/v2/');
  if (v2 === -1) return undefined;
  const pathStart = v2 + 4;
  const end = value.text.slice(pathStart).search(/[?#]/);
  const path = end === -1 ? value.text.slice(pathStart) : value.text.slice(pathStart, pathStart + end);
  const segments = splitSegments(path, pathStart);
  let rest = segments;
  let owner: ClarifaiUrl['owner'];
  if (segments[0]?.text === 'users' && segments[2]?.text === 'apps' && segments[1] && segments[3]) {
    owner = { user: segments[1].span, app: segments[3].span };
    rest = segments.slice(4);
  } else if (end !== -1) {
    owner = queryOwner(value.text, pathStart + end);
  }
  return { value, pathStart, ...(owner ? { owner } : {}), ...resourceOf(rest, value) };
}

/** A GET names its owner in the query: `?user_app_id.user_id=u&user_app_id.app_id=a`. */
function queryOwner(text: string, queryStart: number): ClarifaiUrl['owner'] {
  const span = (key: string): Span | undefined => {
    const match = new RegExp(`[?&]user_app_id\\.${key}=([^&#]*)`).exec(text.slice(queryStart));
    if (!match) return undefined;
    const start = queryStart + match.index + match[0].length - match[1]!.length;
    return [start, start + match[1]!.length];
  };
  const user = span('user_id');
  const app = span('app_id');
  return user && app ? { user, app } : undefined;
}

/** `https://api.clarifai.com/v2` + `/models/x` (or `models/x`) has one slash between them. */
function joinUrl(base: string, path: string): string {
  if (base.endsWith('/') && path.startsWith('/')) return base + path.slice(1);
  if (!base.endsWith('/') && path !== '' && !path.startsWith('/')) return `${base}/${path}`;
  return base + path;
}

function splitSegments(path: string, offset: number): { text: string; span: Span }[] {
  const segments: { text: string; span: Span }[] = [];
  let start = 0;
  for (const text of path.split('/')) {
    segments.push({ text, span: [offset + start, offset + start + text.length] });
    start += text.length + 1;
  }
  return segments;
}

function staticId(segment: string | undefined): string | undefined {
  return segment && !segment.includes('\0') ? segment : undefined;
}

/** What the path reaches, as the REST scope data says; a user-scoped path also says where it names the user. */
function resourceOf(rest: { text: string; span: Span }[], value: StringValue): Pick<ClarifaiUrl, 'resource' | 'user'> {
  const { needs, idSegment } = scopeOfPath(rest.map((s) => s.text));
  if (needs === 'none') return { resource: 'openai-compatible' };
  if (needs === 'user') return { resource: { kind: 'user-data' }, user: rest[1]!.span };
  if (needs === 'app') return { resource: { kind: 'app-data' } };
  const segment = idSegment === undefined ? undefined : rest[idSegment]!;
  const id = segment && staticId(segment.text);
  if (id) return { resource: { kind: needs, id } };
  // An id filled from each element of a constant list (`models/${m.id}`): the list's ids, where they are known.
  const candidates = segment && partAt(value, segment.span[0])?.candidates;
  return { resource: candidates ? { kind: needs, candidates } : { kind: needs } };
}

/** The owner half named by a path segment: its static text, or the names of the expression that fills it. */
export function segmentOwner(url: ClarifaiUrl, span: Span): OwnerPart {
  const text = url.value.text.slice(span[0], span[1]);
  if (!text.includes('\0')) return { value: text, names: [] };
  const part = partAt(url.value, span[0]);
  return part ? { ...(part.envName ? { envName: part.envName } : {}), names: part.names } : { names: [] };
}

/** The part of a string value that holds character `index`. */
function partAt(value: StringValue, index: number): StringPart | undefined {
  let offset = 0;
  for (const part of value.parts) {
    const length = (part.text ?? '\0').length;
    if (offset <= index && index < offset + length) return part;
    offset += length;
  }
  return undefined;
}

/** Edits that make the URL name `userId`/`appId`: replaced segments, or `users/{u}/apps/{a}/` inserted after `/v2/`. */
export function urlOwnerEdits(
  ctx: FileContext,
  url: ClarifaiUrl,
  userId: string,
  appId: string,
): TextEdit[] | undefined {
  const near = url.value.parts[0]?.node;
  const quote = (text: string) => ctx.quote(text, near);
  if (!url.owner) return insertIntoString(url.value, url.pathStart, `users/${userId}/apps/${appId}/`, quote);
  const user = replaceInString(url.value, url.owner.user[0], url.owner.user[1], userId, quote);
  const app = replaceInString(url.value, url.owner.app[0], url.owner.app[1], appId, quote);
  return user && app ? [...user, ...app] : undefined;
}

/** Edits that insert `users/{user}/apps/{app}/` after `/v2/` where the owner is only known at run time. */
export function urlOwnerCodeEdits(ctx: FileContext, url: ClarifaiUrl, user: string, app: string): TextEdit[] | undefined {
  if (url.owner) return undefined;
  const pieces = [{ text: 'users/' }, { code: user }, { text: '/apps/' }, { code: app }, { text: '/' }];
  return insertPiecesIntoString(url.value, url.pathStart, pieces, (text) => ctx.quote(text, url.value.parts[0]?.node));
}
