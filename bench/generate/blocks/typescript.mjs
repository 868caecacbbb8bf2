// TypeScript-only blocks (types, generics, classes)
export const TS = {
  model(c) {
    const e = c.ent();
    const iface = c.uniq(`${e.Name}Record`);
    const st = c.uniq(`${e.Name}Status`);
    const inp = c.uniq(`Create${e.Name}Input`);
    return `${c.exp(st)}type ${st} = 'draft' | 'active' | 'archived';

${c.exp(iface)}interface ${iface} {
  id: string;
  name: string;
  status: ${st};
  ownerId: string | null;
  tags: string[];
  createdAt: string;
  updatedAt?: string;
  metadata: Record<string, unknown>;
}

${c.exp(inp)}type ${inp} = Omit<${iface}, 'id' | 'createdAt' | 'updatedAt'> & {
  notifyOwner?: boolean;
};`;
  },
  enumBlock(c) {
    const e = c.ent();
    const en = c.uniq(`${e.Name}Event`);
    return `${c.exp(en)}enum ${en} {
  Created = '${e.kebab}.created',
  Updated = '${e.kebab}.updated',
  Deleted = '${e.kebab}.deleted',
  Restored = '${e.kebab}.restored',
}`;
  },
  result(c) {
    if (!c.take('Result')) return null;
    c.used.add('ok');
    c.used.add('err');
    c.used.add('isOk');
    return `${c.exp('Result')}type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };

${c.exp('ok')}const ok = <T,>(value: T): Result<T, never> => ({ ok: true, value });
${c.exp('err')}const err = <E,>(error: E): Result<never, E> => ({ ok: false, error });

${c.exp('isOk')}function isOk<T, E>(result: Result<T, E>): result is { ok: true; value: T } {
  return result.ok;
}`;
  },
  repository(c) {
    const e = c.ent();
    const base = c.take('BaseRepository');
    const cls = c.uniq(`${e.Name}Repository`);
    const head = base
      ? `${c.exp('BaseRepository')}abstract class BaseRepository<T extends { id: string }> {
  protected readonly items = new Map<string, T>();

  abstract readonly collection: string;

  async findById(id: string): Promise<T | undefined> {
    return this.items.get(id);
  }

  async findMany(predicate: (item: T) => boolean = () => true): Promise<T[]> {
    return [...this.items.values()].filter(predicate);
  }

  async upsert(item: T): Promise<T> {
    this.items.set(item.id, item);
    return item;
  }

  async remove(id: string): Promise<boolean> {
    return this.items.delete(id);
  }
}

`
      : '';
    return `${head}${c.exp(cls)}class ${cls} extends BaseRepository<{ id: string; name: string; archived?: boolean }> {
  readonly collection = '${e.plural}';

  async findActive(): Promise<Array<{ id: string; name: string }>> {
    return this.findMany((item) => !item.archived);
  }

  async archive(id: string): Promise<void> {
    const existing = await this.findById(id);
    if (!existing) {
      throw new Error(\`${e.Name} \${id} not found\`);
    }
    await this.upsert({ ...existing, archived: true });
  }
}`;
  },
  apiClient(c) {
    if (!c.take('ApiClient')) return null;
    return `${c.exp('ApiClient')}class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly getToken: () => string | undefined,
  ) {}

  async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.getToken();
    if (token) {
      headers.Authorization = \`Bearer \${token}\`;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(\`\${this.baseUrl}\${path}\`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(\`\${method} \${path} failed with \${response.status}\`);
    }
    return (await response.json()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }
}`;
  },
  typeUtils(c) {
    if (!c.take('DeepPartial')) return null;
    c.used.add('Nullable');
    c.used.add('ElementOf');
    c.used.add('isDefined');
    return `${c.exp('DeepPartial')}type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K];
};

${c.exp('Nullable')}type Nullable<T> = { [K in keyof T]: T[K] | null };

${c.exp('ElementOf')}type ElementOf<T> = T extends ReadonlyArray<infer U> ? U : never;

${c.exp('isDefined')}function isDefined<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}`;
  },
  overloads(c) {
    const e = c.ent();
    const fn = c.uniq(`parse${e.Name}Id`);
    return `${c.exp(fn)}function ${fn}(value: string): number;
${c.exp(fn)}function ${fn}(value: string[]): number[];
${c.exp(fn)}function ${fn}(value: string | string[]): number | number[] {
  if (Array.isArray(value)) {
    return value.map((v) => Number.parseInt(v, 10)).filter((n) => !Number.isNaN(n));
  }
  const parsed = Number.parseInt(value, 10);
  if (Number.isNaN(parsed)) {
    throw new TypeError(\`Invalid ${e.name} id: \${value}\`);
  }
  return parsed;
}`;
  },
};
