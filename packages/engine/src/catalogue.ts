import data from './catalogue/clarifai-owned.json' with { type: 'json' };
import type { EngineOptions } from './types.js';

export interface Owner {
  userId: string;
  appId: string;
}

export const CLARIFAI_MAIN: Owner = { userId: 'clarifai', appId: 'main' };

/** Which public owner a model or workflow id belongs to; built from the bundled data and the user's options. */
export class Catalogue {
  private readonly models = new Map<string, Owner>();
  private readonly workflows = new Map<string, Owner>();
  private readonly ownIds: Set<string>;
  readonly owners: Owner[];

  constructor(options: EngineOptions = {}) {
    fill(this.models, data.models);
    fill(this.workflows, data.workflows);
    for (const id of options.clarifaiModelIds ?? []) addUserEntry(this.models, id);
    for (const id of options.clarifaiWorkflowIds ?? []) addUserEntry(this.workflows, id);
    this.ownIds = new Set(options.ownResourceIds ?? []);
    const owners = new Map<string, Owner>();
    for (const owner of [...this.models.values(), ...this.workflows.values()]) owners.set(ownerKey(owner), owner);
    this.owners = [...owners.values()];
  }

  ownerOf(kind: 'model' | 'workflow', id: string): Owner | undefined {
    if (this.ownIds.has(id)) return undefined;
    return (kind === 'model' ? this.models : this.workflows).get(id);
  }

  /** A named owner that is one of the catalogue's public owners (clarifai/main, openai/chat-completion, ...). */
  isPublicOwner(userId: string, appId: string): boolean {
    return this.owners.some((o) => o.userId === userId && o.appId === appId);
  }
}

/** `Clarifai.FACE_DETECT_MODEL` → its 32-hex id. */
export function legacyModelConstant(name: string): string | undefined {
  return (data.legacyModelConstants as Record<string, string>)[name];
}

/** One of the 32-hex ids the legacy client's model constants stand for (`aaa03c23b3724a16a56b629203edc62c`). */
export function isLegacyModelId(id: string): boolean {
  return Object.values(data.legacyModelConstants as Record<string, string>).includes(id);
}

export function ownerKey(owner: Owner): string {
  return `${owner.userId}/${owner.appId}`;
}

function fill(target: Map<string, Owner>, byOwner: Record<string, string[]>): void {
  for (const [key, ids] of Object.entries(byOwner)) {
    const [userId, appId] = key.split('/') as [string, string];
    for (const id of ids) target.set(id, { userId, appId });
  }
}

/** `id` means clarifai/main; `user/app/id` names another owner. */
function addUserEntry(target: Map<string, Owner>, entry: string): void {
  const parts = entry.split('/');
  if (parts.length === 3) target.set(parts[2]!, { userId: parts[0]!, appId: parts[1]! });
  else target.set(entry, CLARIFAI_MAIN);
}
