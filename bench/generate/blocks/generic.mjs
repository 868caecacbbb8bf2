import { entType } from '../file-context.mjs';
import { FEATURES, cap, entity } from '../vocabulary.mjs';

// ------------------------------------------------------------------------------------------------
// Generic blocks (any JS/TS file). Each returns code text, or null when it cannot be used here.

export const G = {
  constMap(c) {
    const e = c.ent();
    const name = c.uniq(`${e.NAME}_STATUS_LABELS`);
    return `${c.exp(name)}const ${name}${c.T(': Record<string, string>')} = {
  draft: 'Draft',
  pending: 'Pending review',
  active: 'Active',
  suspended: 'Suspended',
  archived: 'Archived',
};`;
  },
  formatDate(c) {
    const e = c.ent();
    const fn = c.uniq(`format${e.Name}Date`);
    return `/**
 * Formats a ${e.name} timestamp for display in lists and detail views.
 * Returns an empty string for invalid input instead of throwing.
 */
${c.exp(fn)}function ${fn}(value${c.T(': string | number | Date')}, locale = 'en-US')${c.T(': string')} {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
  }).format(date);
}`;
  },
  currency(c) {
    const e = c.ent();
    const fmt = c.uniq('currencyFormatter');
    const fn = c.uniq(`format${e.Name}Amount`);
    return `const ${fmt} = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
});

${c.exp(fn)}function ${fn}(cents${c.T(': number')}, currency = 'USD')${c.T(': string')} {
  if (currency !== 'USD') {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
  }
  return ${fmt}.format(cents / 100);
}`;
  },
  groupBy(c) {
    const e = c.ent();
    const fn = c.uniq(`group${e.Plural}By`);
    const t = entType(c, e);
    return `${c.exp(fn)}function ${fn}${c.T('<K extends string>')}(
  items${c.T(`: ${t}[]`)},
  getKey${c.T(`: (item: ${t}) => K`)},
)${c.T(`: Record<K, ${t}[]>`)} {
  return items.reduce((acc, item) => {
    const key = getKey(item);
    if (!acc[key]) {
      acc[key] = [];
    }
    acc[key].push(item);
    return acc;
  }, {}${c.T(` as Record<K, ${t}[]>`)});
}`;
  },
  debounce(c) {
    if (!c.take('debounce')) return null;
    return `${c.exp('debounce')}function debounce${c.T('<T extends (...args: any[]) => void>')}(fn${c.T(': T')}, wait = 250) {
  let timer${c.T(': ReturnType<typeof setTimeout> | undefined')};
  return (...args${c.T(': Parameters<T>')}) => {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => fn(...args), wait);
  };
}`;
  },
  retry(c) {
    if (!c.take('withRetry')) return null;
    return `/**
 * Runs an async task, retrying with exponential backoff.
 */
${c.exp('withRetry')}async function withRetry${c.T('<T>')}(task${c.T(': () => Promise<T>')}, attempts = 3, delayMs = 200)${c.T(': Promise<T>')} {
  let lastError${c.T(': unknown')};
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));
    }
  }
  throw lastError;
}`;
  },
  fetchOwnApi(c) {
    const e = c.ent();
    const fn = c.uniq(`fetch${e.Plural}`);
    const t = entType(c, e);
    c.top('apiBase', `const API_BASE_URL = process.env.API_BASE_URL || '/api';`);
    c.used.add('API_BASE_URL');
    c.need('../auth/session', { named: ['getAccessToken'] });
    return `${c.exp(fn)}async function ${fn}(params${c.T(': { page?: number; pageSize?: number; query?: string }')} = {})${c.T(`: Promise<${t}[]>`)} {
  const search = new URLSearchParams();
  if (params.page) {
    search.set('page', String(params.page));
  }
  if (params.pageSize) {
    search.set('page_size', String(params.pageSize));
  }
  if (params.query) {
    search.set('q', params.query);
  }
  const response = await fetch(\`\${API_BASE_URL}/${e.plural}?\${search.toString()}\`, {
    headers: {
      Accept: 'application/json',
      Authorization: \`Bearer \${getAccessToken()}\`,
    },
  });
  if (!response.ok) {
    throw new Error(\`Failed to load ${e.plural}: \${response.status}\`);
  }
  const payload = await response.json();
  return payload.data;
}`;
  },
  saveOwnApi(c) {
    const e = c.ent();
    const fn = c.uniq(`save${e.Name}`);
    const t = entType(c, e);
    c.top('apiBase', `const API_BASE_URL = process.env.API_BASE_URL || '/api';`);
    c.used.add('API_BASE_URL');
    c.need('../auth/session', { named: ['getAccessToken'] });
    return `${c.exp(fn)}async function ${fn}(${e.name}${c.T(`: Partial<${t}> & { id?: string }`)})${c.T(`: Promise<${t}>`)} {
  const method = ${e.name}.id ? 'PUT' : 'POST';
  const url = ${e.name}.id ? \`\${API_BASE_URL}/${e.plural}/\${${e.name}.id}\` : \`\${API_BASE_URL}/${e.plural}\`;
  const response = await fetch(url, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: \`Bearer \${getAccessToken()}\`,
    },
    body: JSON.stringify(${e.name}),
  });
  if (response.status === 422) {
    const details = await response.json();
    throw Object.assign(new Error('Validation failed'), { details });
  }
  if (!response.ok) {
    throw new Error(\`Could not save ${e.name} (\${response.status})\`);
  }
  return response.json();
}`;
  },
  validate(c) {
    const e = c.ent();
    const fn = c.uniq(`validate${e.Name}`);
    const t = entType(c, e);
    return `${c.exp(fn)}function ${fn}(input${c.T(`: Partial<${t}> & Record<string, unknown>`)})${c.T(': string[]')} {
  const errors${c.T(': string[]')} = [];
  if (typeof input.name !== 'string' || input.name.trim().length === 0) {
    errors.push('Name is required');
  } else if (input.name.length > 120) {
    errors.push('Name must be at most 120 characters');
  }
  if (input.email !== undefined && !/^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(String(input.email))) {
    errors.push('Email address is invalid');
  }
  if (input.quantity !== undefined && (!Number.isInteger(input.quantity) || Number(input.quantity) < 0)) {
    errors.push('Quantity must be a non-negative integer');
  }
  return errors;
}`;
  },
  stringUtils(c) {
    if (!c.take('slugify')) return null;
    c.used.add('truncate');
    c.used.add('capitalize');
    return `${c.exp('slugify')}function slugify(text${c.T(': string')})${c.T(': string')} {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

${c.exp('truncate')}function truncate(text${c.T(': string')}, max = 80, suffix = '...')${c.T(': string')} {
  if (text.length <= max) {
    return text;
  }
  return text.slice(0, Math.max(0, max - suffix.length)).trimEnd() + suffix;
}

${c.exp('capitalize')}function capitalize(text${c.T(': string')})${c.T(': string')} {
  return text.length ? text[0].toUpperCase() + text.slice(1) : text;
}`;
  },
  arrayUtils(c) {
    if (!c.take('chunk')) return null;
    c.used.add('uniqueBy');
    c.used.add('sortByKey');
    return `${c.exp('chunk')}function chunk${c.T('<T>')}(items${c.T(': T[]')}, size${c.T(': number')})${c.T(': T[][]')} {
  const result${c.T(': T[][]')} = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

${c.exp('uniqueBy')}function uniqueBy${c.T('<T, K>')}(items${c.T(': T[]')}, key${c.T(': (item: T) => K')})${c.T(': T[]')} {
  const seen = new Set${c.T('<K>')}();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) {
      return false;
    }
    seen.add(k);
    return true;
  });
}

${c.exp('sortByKey')}function sortByKey${c.T('<T, K extends keyof T>')}(items${c.T(': T[]')}, key${c.T(': K')}, direction${c.T(": 'asc' | 'desc'")} = 'asc')${c.T(': T[]')} {
  const factor = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    if (a[key] < b[key]) return -1 * factor;
    if (a[key] > b[key]) return 1 * factor;
    return 0;
  });
}`;
  },
  totals(c) {
    const e = entity(c.rng.pick(['order', 'invoice', 'cart', 'refund', 'subscription']));
    const fn = c.uniq(`compute${e.Name}Totals`);
    return `${c.exp(fn)}function ${fn}(
  lines${c.T(': Array<{ unitPrice: number; quantity: number; discount?: number; taxRate?: number }>')},
)${c.T(': { subtotal: number; discount: number; tax: number; total: number }')} {
  let subtotal = 0;
  let discount = 0;
  let tax = 0;
  for (const line of lines) {
    const gross = line.unitPrice * line.quantity;
    const lineDiscount = Math.min(gross, line.discount ?? 0);
    subtotal += gross;
    discount += lineDiscount;
    tax += Math.round((gross - lineDiscount) * (line.taxRate ?? 0));
  }
  return { subtotal, discount, tax, total: subtotal - discount + tax };
}`;
  },
  queryString(c) {
    if (!c.take('parseQuery')) return null;
    c.used.add('buildQuery');
    return `${c.exp('parseQuery')}function parseQuery(search${c.T(': string')})${c.T(': Record<string, string | string[]>')} {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const result${c.T(': Record<string, string | string[]>')} = {};
  params.forEach((value, key) => {
    const existing = result[key];
    if (existing === undefined) {
      result[key] = value;
    } else if (Array.isArray(existing)) {
      existing.push(value);
    } else {
      result[key] = [existing, value];
    }
  });
  return result;
}

${c.exp('buildQuery')}function buildQuery(params${c.T(': Record<string, string | number | boolean | undefined | null>')})${c.T(': string')} {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.append(key, String(value));
    }
  });
  const text = search.toString();
  return text ? \`?\${text}\` : '';
}`;
  },
  dates(c) {
    if (!c.take('addDays')) return null;
    c.used.add('isSameDay');
    c.used.add('startOfWeek');
    return `const MS_PER_DAY = 24 * 60 * 60 * 1000;

${c.exp('addDays')}function addDays(date${c.T(': Date')}, days${c.T(': number')})${c.T(': Date')} {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

${c.exp('isSameDay')}function isSameDay(a${c.T(': Date')}, b${c.T(': Date')})${c.T(': boolean')} {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

${c.exp('startOfWeek')}function startOfWeek(date${c.T(': Date')}, weekStartsOn = 1)${c.T(': Date')} {
  const day = date.getDay();
  const diff = (day - weekStartsOn + 7) % 7;
  const result = addDays(date, -diff);
  result.setHours(0, 0, 0, 0);
  return result;
}`;
  },
  storage(c) {
    const e = c.ent();
    const key = c.uniq(`${e.NAME}_STORAGE_KEY`);
    const load = c.uniq(`load${e.Name}Preferences`);
    const save = c.uniq(`save${e.Name}Preferences`);
    return `const ${key} = 'app.${e.kebab}.preferences.v2';

${c.exp(load)}function ${load}()${c.T(': Record<string, unknown>')} {
  try {
    const raw = window.localStorage.getItem(${key});
    return raw ? JSON.parse(raw) : {};
  } catch (err) {
    console.warn('Ignoring corrupt preferences', err);
    return {};
  }
}

${c.exp(save)}function ${save}(prefs${c.T(': Record<string, unknown>')})${c.T(': void')} {
  try {
    window.localStorage.setItem(${key}, JSON.stringify(prefs));
  } catch (err) {
    // Storage can be full or disabled (private mode); preferences are best effort.
  }
}`;
  },
  logger(c) {
    if (!c.take('createLogger')) return null;
    return `${c.exp('createLogger')}function createLogger(scope${c.T(': string')}, level = process.env.LOG_LEVEL || 'info') {
  const levels = ['debug', 'info', 'warn', 'error'];
  const threshold = levels.indexOf(level);
  const write = (lvl${c.T(': string')}, message${c.T(': string')}, meta${c.T('?: Record<string, unknown>')}) => {
    if (levels.indexOf(lvl) < threshold) {
      return;
    }
    const line = JSON.stringify({ ts: new Date().toISOString(), level: lvl, scope, message, ...meta });
    if (lvl === 'error') {
      console.error(line);
    } else {
      console.log(line);
    }
  };
  return {
    debug: (message${c.T(': string')}, meta${c.T('?: Record<string, unknown>')}) => write('debug', message, meta),
    info: (message${c.T(': string')}, meta${c.T('?: Record<string, unknown>')}) => write('info', message, meta),
    warn: (message${c.T(': string')}, meta${c.T('?: Record<string, unknown>')}) => write('warn', message, meta),
    error: (message${c.T(': string')}, meta${c.T('?: Record<string, unknown>')}) => write('error', message, meta),
  };
}`;
  },
  statusColor(c) {
    const e = c.ent();
    const fn = c.uniq(`${e.name}StatusColor`);
    return `${c.exp(fn)}function ${fn}(status${c.T(': string')})${c.T(': string')} {
  switch (status) {
    case 'active':
    case 'paid':
    case 'delivered':
      return 'green';
    case 'pending':
    case 'processing':
      return 'amber';
    case 'failed':
    case 'cancelled':
      return 'red';
    default:
      return 'gray';
  }
}`;
  },
  pagination(c) {
    if (!c.take('paginate')) return null;
    return `${c.exp('paginate')}function paginate${c.T('<T>')}(items${c.T(': T[]')}, page = 1, pageSize = 20) {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), totalPages);
  const start = (current - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    page: current,
    pageSize,
    totalPages,
    hasNext: current < totalPages,
    hasPrevious: current > 1,
  };
}`;
  },
  deepMerge(c) {
    if (!c.take('deepMerge')) return null;
    c.used.add('isPlainObject');
    return `function isPlainObject(value${c.T(': unknown')})${c.T(': value is Record<string, unknown>')} {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

${c.exp('deepMerge')}function deepMerge${c.T('<T extends Record<string, unknown>>')}(target${c.T(': T')}, source${c.T(': Record<string, unknown>')})${c.T(': T')} {
  const output${c.T(': Record<string, unknown>')} = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const current = output[key];
    output[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return output${c.T(' as T')};
}`;
  },
  cacheClass(c) {
    const e = c.ent();
    const cls = c.uniq(`${e.Name}Cache`);
    return `${c.exp(cls)}class ${cls}${c.T('<V = unknown>')} {
  ${c.T('private ')}entries${c.T(' = new Map<string, { value: V; expiresAt: number }>()')}${c.ts ? '' : ' = new Map()'};

  constructor(${c.T('private readonly ')}ttlMs = 60000, ${c.T('private readonly ')}maxEntries = 500) {
${c.ts ? '' : '    this.ttlMs = ttlMs;\n    this.maxEntries = maxEntries;\n'}  }

  get(key${c.T(': string')})${c.T(': V | undefined')} {
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    if (entry.expiresAt < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key${c.T(': string')}, value${c.T(': V')})${c.T(': void')} {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  clear()${c.T(': void')} {
    this.entries.clear();
  }
}`;
  },
  httpError(c) {
    if (!c.take('HttpError')) return null;
    return `${c.exp('HttpError')}class HttpError extends Error {
${c.ts ? '  readonly status: number;\n  readonly code: string;\n\n' : ''}  constructor(status${c.T(': number')}, message${c.T(': string')}, code = 'internal_error') {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }

  toJSON() {
    return { error: { status: this.status, code: this.code, message: this.message } };
  }
}`;
  },
  emitter(c) {
    if (!c.take('TinyEmitter')) return null;
    return `${c.exp('TinyEmitter')}class TinyEmitter${c.T('<Events extends Record<string, unknown[]>>')} {
  ${c.T('private ')}listeners${c.T(': { [E in keyof Events]?: Array<(...args: Events[E]) => void> }')} = {};

  on${c.T('<E extends keyof Events>')}(event${c.T(': E')}, listener${c.T(': (...args: Events[E]) => void')}) {
    const list = this.listeners[event] || (this.listeners[event] = []);
    list.push(listener);
    return () => this.off(event, listener);
  }

  off${c.T('<E extends keyof Events>')}(event${c.T(': E')}, listener${c.T(': (...args: Events[E]) => void')}) {
    const list = this.listeners[event];
    if (list) {
      this.listeners[event] = list.filter((l) => l !== listener);
    }
  }

  emit${c.T('<E extends keyof Events>')}(event${c.T(': E')}, ...args${c.T(': Events[E]')}) {
    for (const listener of this.listeners[event] || []) {
      listener(...args);
    }
  }
}`;
  },
  featureFlags(c) {
    const name = c.uniq('FEATURE_FLAGS');
    const fn = c.uniq('isFeatureEnabled');
    const f = c.rng.pick(FEATURES);
    return `${c.exp(name)}const ${name} = {
  new${cap(f)}Flow: process.env.FEATURE_NEW_${f.toUpperCase()} === 'true',
  betaExports: process.env.FEATURE_BETA_EXPORTS === 'true',
  darkMode: true,
  maxUploadMb: Number(process.env.MAX_UPLOAD_MB || 25),
}${c.T(' as const')};

${c.exp(fn)}function ${fn}(flag${c.T(`: keyof typeof ${name}`)})${c.T(': boolean')} {
  return Boolean(${name}[flag]);
}`;
  },
  mapper(c) {
    const e = c.ent();
    const fn = c.uniq(`to${e.Name}Dto`);
    return `${c.exp(fn)}function ${fn}(row${c.T(': Record<string, any>')}) {
  return {
    id: String(row.id),
    name: row.name ?? '',
    status: row.status || 'active',
    ownerId: row.owner_id ? String(row.owner_id) : null,
    createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at,
    updatedAt: row.updated_at instanceof Date ? row.updated_at.toISOString() : row.updated_at,
    metadata: typeof row.metadata === 'string' ? JSON.parse(row.metadata) : row.metadata || {},
  };
}`;
  },
};
