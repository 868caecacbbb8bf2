import type { Node } from '../ast.js';
import type { FileContext } from '../context.js';
import { readString } from '../strings.js';
import type { OwnerKeys } from './shared.js';
import type { OwnerState } from './site.js';

/**
 * The owner a request body written as JSON text names (`body: '{}'`, `body: '{"user_app_id": {...}}'`):
 * such a body is as readable as an object literal, so a body that names no owner is known to name none.
 * Undefined when the body is not static JSON text.
 */
export function ownerInJsonText(ctx: FileContext, body: Node, keys: OwnerKeys): OwnerState | undefined {
  const { text } = readString(ctx, body);
  if (text.includes('\0')) return undefined;
  const parsed = parseObject(text);
  if (!parsed) return undefined;
  const set = firstKey(parsed, keys.set);
  if (set === undefined) return { kind: 'missing' };
  if (!isObject(set)) return { kind: 'unknown' };
  const user = firstKey(set, keys.user);
  const app = firstKey(set, keys.app);
  if (user === undefined && app === undefined) return { kind: 'missing' };
  const part = (value: unknown) => (typeof value === 'string' ? { value, names: [] } : { names: [] });
  return { kind: 'named', user: part(user), app: part(app) };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstKey(object: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (Object.hasOwn(object, name)) return object[name];
  return undefined;
}
