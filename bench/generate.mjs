#!/usr/bin/env node
// Synthetic repository generator for the clarifai-auth-migration benchmarks.
//
//   node bench/generate.mjs --out bench/.work/repo-1000 --files 1000 --seed 1 [--fraction 0.02]
//   import { generateRepo } from './generate.mjs';
//   generateRepo({ dir, files, clarifaiFraction = 0.02, seed });
//
// Writes N ordinary app source files (.ts/.tsx/.js/.jsx, 50..600 lines), a fraction of which call
// Clarifai in one of the SHAPES below, ~1% decoys that only look like Clarifai calls, node_modules/
// and dist/ noise that tools must ignore, a .gitignore, and ground-truth.json.
// Deterministic for a given (files, clarifaiFraction, seed): own PRNG, no clock, no fs ordering.
// Node standard library only.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 1;

/** The Clarifai call shapes and the rule ids each one must produce (see /work/shared/NOTES.md). */
export const SHAPES = [
  { id: 'rest-fetch-pat-own-ids', rules: ['require-clarifai-owner'] },
  { id: 'rest-fetch-apikey-no-owner', rules: ['no-api-key-outside-app'] },
  { id: 'rest-axios-pat-no-owner', rules: ['require-user-app-id'] },
  { id: 'grpc-apikey', rules: ['no-api-key-outside-app'] },
  { id: 'legacy-client-apikey', rules: ['no-api-key-outside-app', 'no-deprecated-client'] },
  { id: 'sdk-own-ids', rules: ['require-clarifai-owner'] },
  { id: 'grpc-workflow-apikey', rules: ['prefer-pat-for-workflows'] },
  { id: 'correct-pat-clarifai-main', rules: [] },
];

/** Non-Clarifai files that look a little like Clarifai code; all must produce no finding. */
export const DECOYS = [
  'decoy-comment',
  'decoy-string',
  'decoy-key-header-other-host',
  'decoy-postmodeloutputs',
];

export const DECOY_FRACTION = 0.01;

// ------------------------------------------------------------------------------------------------
// PRNG

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
    return arr;
  }
  /** pairs: [[value, weight], ...] */
  weighted(pairs) {
    let total = 0;
    for (const p of pairs) total += p[1];
    let r = this.next() * total;
    for (const p of pairs) {
      r -= p[1];
      if (r < 0) return p[0];
    }
    return pairs[pairs.length - 1][0];
  }
}

// ------------------------------------------------------------------------------------------------
// Vocabulary and small text helpers

const ENTITIES = [
  'user', 'order', 'product', 'invoice', 'customer', 'session', 'report', 'photo', 'album', 'comment',
  'post', 'notification', 'team', 'project', 'task', 'payment', 'cart', 'review', 'address', 'shipment',
  'ticket', 'message', 'profile', 'upload', 'tag', 'category', 'event', 'booking', 'coupon',
  'subscription', 'article', 'playlist', 'device', 'warehouse', 'vendor', 'employee', 'schedule',
  'recipe', 'lesson', 'lineItem', 'paymentMethod', 'auditLog', 'workspace', 'invitation', 'refund',
  'channel', 'document', 'folder', 'contact', 'lead', 'campaign', 'asset', 'milestone', 'sprint',
];
const FEATURES = [
  'auth', 'billing', 'checkout', 'dashboard', 'inventory', 'onboarding', 'search', 'settings', 'admin',
  'analytics', 'gallery', 'messaging', 'account', 'reports', 'catalog', 'support', 'scheduling',
  'shipping', 'marketing', 'teams', 'notifications', 'uploads', 'integrations', 'crm',
];
const COMP_SUFFIX = [
  'Card', 'List', 'Form', 'Details', 'Table', 'Modal', 'Row', 'Panel', 'Header', 'Summary', 'Editor',
  'Picker', 'Badge', 'Filter', 'Item', 'Grid', 'View', 'Drawer', 'Toolbar', 'Section', 'Banner',
  'Preview', 'Sidebar', 'Tabs', 'Wizard', 'Stats',
];
const SERVICES = ['api', 'gateway', 'worker', 'billing-service', 'media-service', 'notifier'];
const PACKAGES_DIRS = ['web', 'admin', 'mobile-web', 'portal'];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const snakeUpper = (s) => s.replace(/([A-Z])/g, '_$1').toUpperCase();
const kebab = (s) => s.replace(/([A-Z])/g, '-$1').toLowerCase().replace(/^-/, '');
function plural(w) {
  if (/(s|x|ch|sh)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}
function entity(w) {
  const pl = plural(w);
  return { name: w, Name: cap(w), plural: pl, Plural: cap(pl), NAME: snakeUpper(w), kebab: kebab(w) };
}
function indent(text, n) {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l.length ? pad + l : l))
    .join('\n');
}
function countLines(text) {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// ------------------------------------------------------------------------------------------------
// Per-file context: naming, imports, exports, TypeScript-awareness

function makeCtx(rng, o) {
  const c = {
    rng,
    ts: o.ts,
    jsx: o.jsx,
    esm: o.esm,
    kind: o.kind,
    ext: o.ext,
    exportHelpers: o.exportHelpers !== false,
    used: new Set(),
    exports: [],
    imports: new Map(), // module -> { def, named:Set, typeNamed:Set, ns }
    rawImports: [],
    tops: new Map(), // key -> text (module-level statements shared by blocks)
    T: (s) => (o.ts ? s : ''),
    J: (tsText, jsText) => (o.ts ? tsText : jsText),
    q: "'",
    take(name) {
      if (c.used.has(name)) return false;
      c.used.add(name);
      return true;
    },
    uniq(base) {
      let n = base;
      let i = 2;
      while (c.used.has(n)) n = base + i++;
      c.used.add(n);
      return n;
    },
    ent() {
      return entity(rng.pick(ENTITIES));
    },
    /** export keyword (ESM) or record for module.exports (CJS) */
    exp(name) {
      if (!c.exportHelpers) return '';
      if (c.esm) return 'export ';
      c.exports.push(name);
      return '';
    },
    need(mod, spec = {}) {
      let m = c.imports.get(mod);
      if (!m) {
        m = { def: null, named: new Set(), typeNamed: new Set(), ns: null, order: c.imports.size };
        c.imports.set(mod, m);
      }
      if (spec.def) m.def = m.def || spec.def;
      if (spec.ns) m.ns = m.ns || spec.ns;
      for (const n of spec.named || []) m.named.add(n);
      if (c.ts) for (const n of spec.types || []) m.typeNamed.add(n);
      return m.def || m.ns;
    },
    top(key, text) {
      if (!c.tops.has(key)) c.tops.set(key, text);
    },
  };
  return c;
}

function renderImports(c) {
  const lines = [];
  for (const [mod, m] of c.imports) {
    const named = [...m.named];
    if (c.esm) {
      if (m.ns) lines.push(`import * as ${m.ns} from '${mod}';`);
      const parts = [];
      if (m.def) parts.push(m.def);
      if (named.length) parts.push(`{ ${named.join(', ')} }`);
      if (parts.length) lines.push(`import ${parts.join(', ')} from '${mod}';`);
      if (m.typeNamed.size) lines.push(`import type { ${[...m.typeNamed].join(', ')} } from '${mod}';`);
      if (!m.ns && !parts.length && !m.typeNamed.size) lines.push(`import '${mod}';`);
    } else {
      if (m.def || m.ns) lines.push(`const ${m.def || m.ns} = require('${mod}');`);
      if (named.length) {
        if (m.def) lines.push(`const { ${named.join(', ')} } = ${m.def};`);
        else lines.push(`const { ${named.join(', ')} } = require('${mod}');`);
      }
      if (!m.def && !m.ns && !named.length) lines.push(`require('${mod}');`);
    }
  }
  return lines.concat(c.rawImports);
}

// A typed entity shape used in TS annotations: either an imported type or an inline one.
function entType(c, e) {
  if (!c.ts) return '';
  c.need(`../types/${e.name}`, { types: [e.Name] });
  return e.Name;
}

// ------------------------------------------------------------------------------------------------
// Generic blocks (any JS/TS file). Each returns code text, or null when it cannot be used here.

const G = {
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

// TypeScript-only blocks (types, generics, classes)
const TS = {
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

// React blocks (files with JSX)
const R = {
  badge(c) {
    const e = c.ent();
    const comp = c.uniq(`${e.Name}StatusBadge`);
    const props = c.ts ? c.uniq(`${comp}Props`) : '';
    return `${c.ts ? `interface ${props} {\n  status: string;\n  compact?: boolean;\n}\n\n` : ''}function ${comp}({ status, compact = false }${c.T(`: ${props}`)}) {
  const tone = status === 'active' ? 'success' : status === 'failed' ? 'danger' : 'neutral';
  return (
    <span className={\`badge badge--\${tone}\${compact ? ' badge--compact' : ''}\`} title={status}>
      {compact ? status.charAt(0).toUpperCase() : status}
    </span>
  );
}`;
  },
  emptyState(c) {
    const e = c.ent();
    const comp = c.uniq(`Empty${e.Plural}`);
    return `function ${comp}({ onCreate }${c.T(': { onCreate?: () => void }')}) {
  return (
    <div className="empty-state" role="status">
      <h3 className="empty-state__title">No ${e.plural} yet</h3>
      <p className="empty-state__body">
        When you add ${e.plural}, they will show up here.
      </p>
      {onCreate && (
        <button type="button" className="btn btn-primary" onClick={onCreate}>
          Add ${e.name}
        </button>
      )}
    </div>
  );
}`;
  },
  table(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['useMemo'] });
    const comp = c.uniq(`${e.Name}Table`);
    const row = c.ts ? c.uniq(`${e.Name}Row`) : '';
    return `${c.ts ? `type ${row} = { id: string; name: string; status: string; updatedAt: string };\n\n` : ''}function ${comp}({ rows, sortKey = 'name', onSelect }${c.T(`: { rows: ${row}[]; sortKey?: keyof ${row}; onSelect?: (id: string) => void }`)}) {
  const sorted = useMemo(
    () => [...rows].sort((a, b) => String(a[sortKey]).localeCompare(String(b[sortKey]))),
    [rows, sortKey],
  );
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Status</th>
          <th>Updated</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.id} onClick={() => onSelect && onSelect(row.id)}>
            <td>{row.name}</td>
            <td>{row.status}</td>
            <td>{new Date(row.updatedAt).toLocaleDateString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}`;
  },
  modal(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['useEffect'] });
    const comp = c.uniq(`Confirm${e.Name}Dialog`);
    return `function ${comp}({ open, title, onConfirm, onClose }${c.T(': { open: boolean; title: string; onConfirm: () => void; onClose: () => void }')}) {
  useEffect(() => {
    if (!open) {
      return undefined;
    }
    const onKey = (event${c.T(': KeyboardEvent')}) => {
      if (event.key === 'Escape') {
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  if (!open) {
    return null;
  }
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal" role="dialog" aria-modal="true" onClick={(event) => event.stopPropagation()}>
        <h2>{title}</h2>
        <p>This will update the ${e.name} for everyone on the team.</p>
        <footer className="modal__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn-danger" onClick={onConfirm}>
            Confirm
          </button>
        </footer>
      </div>
    </div>
  );
}`;
  },
  form(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['useState'] });
    const comp = c.uniq(`${e.Name}QuickForm`);
    return `function ${comp}({ initialName = '', onSubmit }${c.T(': { initialName?: string; onSubmit: (values: { name: string; notes: string }) => Promise<void> }')}) {
  const [name, setName] = useState(initialName);
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState${c.T('<string | null>')}(null);

  const handleSubmit = async (event${c.T(': React.FormEvent<HTMLFormElement>')}) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Name is required');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSubmit({ name: name.trim(), notes });
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="quick-form" onSubmit={handleSubmit}>
      <label htmlFor="${e.kebab}-name">Name</label>
      <input id="${e.kebab}-name" value={name} onChange={(event) => setName(event.target.value)} />
      <label htmlFor="${e.kebab}-notes">Notes</label>
      <textarea id="${e.kebab}-notes" rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
      {error ? <p className="form-error">{error}</p> : null}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving...' : 'Save ${e.name}'}
      </button>
    </form>
  );
}`;
  },
  listItem(c) {
    const e = c.ent();
    c.need('react', { def: 'React', named: ['memo'] });
    const comp = c.uniq(`${e.Name}ListItem`);
    return `const ${comp} = memo(function ${comp}({ item, selected, onToggle }${c.T(': { item: { id: string; name: string; description?: string }; selected: boolean; onToggle: (id: string) => void }')}) {
  return (
    <li className={selected ? 'list-item list-item--selected' : 'list-item'}>
      <label>
        <input type="checkbox" checked={selected} onChange={() => onToggle(item.id)} />
        <span className="list-item__name">{item.name}</span>
      </label>
      {item.description && <p className="list-item__description">{item.description}</p>}
    </li>
  );
});`;
  },
  hookInline(c) {
    if (!c.take('useDebouncedValue')) return null;
    c.need('react', { def: 'React', named: ['useState', 'useEffect'] });
    return `function useDebouncedValue${c.T('<T>')}(value${c.T(': T')}, delay = 300)${c.T(': T')} {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return debounced;
}`;
  },
};

// Main React component of a react-kind file
function reactMain(c, compName) {
  const e = c.ent();
  const fetchFn = c.uniq(`load${e.Plural}`);
  const variant = c.rng.int(0, 2);
  if (variant !== 2) c.need('react', { def: 'React', named: ['useState', 'useEffect', 'useCallback'] });
  const props = c.ts ? `${compName}Props` : '';
  if (c.ts) c.used.add(props);
  const propsDecl = c.ts
    ? `interface ${props} {
  title?: string;
  pageSize?: number;
  onOpen?: (id: string) => void;
}

`
    : '';
  if (!c.ts && c.rng.chance(0.5) && variant !== 2) {
    c.need('prop-types', { def: 'PropTypes' });
    c.propTypesFor = compName;
  }
  const body = `  const [items, setItems] = useState${c.T('<Array<{ id: string; name: string; status: string }>>')}([]);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState${c.T('<string | null>')}(null);

  const ${fetchFn} = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const response = await fetch(\`/api/${e.plural}?page=\${page}&size=\${pageSize}&q=\${encodeURIComponent(query)}\`);
      if (!response.ok) {
        throw new Error(\`Request failed with \${response.status}\`);
      }
      const payload = await response.json();
      setItems(payload.items || []);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  }, [page, pageSize, query]);

  useEffect(() => {
    ${fetchFn}();
  }, [${fetchFn}]);

  const filtered = items.filter((item) => item.name.toLowerCase().includes(query.toLowerCase()));

  return (
    <section className="${e.kebab}-page">
      <header className="page-header">
        <h1>{title}</h1>
        <input
          type="search"
          placeholder="Search ${e.plural}"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </header>
      {error && <div className="alert alert-error">{error}</div>}
      {loading ? (
        <div className="spinner" aria-busy="true" />
      ) : (
        <ul className="${e.kebab}-list">
          {filtered.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => onOpen && onOpen(item.id)}>
                {item.name}
              </button>
              <span className={\`status status--\${item.status}\`}>{item.status}</span>
            </li>
          ))}
        </ul>
      )}
      <nav className="pager">
        <button type="button" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
          Previous
        </button>
        <span>Page {page}</span>
        <button type="button" onClick={() => setPage((p) => p + 1)}>
          Next
        </button>
      </nav>
    </section>
  );`;
  const sig = `{ title = '${e.Plural}', pageSize = 20, onOpen }${c.T(`: ${props}`)}`;
  if (variant === 0) {
    return { text: `${propsDecl}export default function ${compName}(${sig}) {\n${body}\n}`, footer: '' };
  }
  if (variant === 1) {
    return {
      text: `${propsDecl}const ${compName} = (${sig}) => {\n${body}\n};`,
      footer: `export default ${compName};`,
    };
  }
  // class component (JS and TS)
  c.need('react', { def: 'React', named: ['Component'] });
  const stateT = c.ts ? `${compName}State` : '';
  const stateDecl = c.ts
    ? `interface ${stateT} {
  items: Array<{ id: string; name: string }>;
  loading: boolean;
  error: string | null;
}

`
    : '';
  return {
    text: `${propsDecl}${stateDecl}class ${compName} extends Component${c.T(`<${props}, ${stateT}>`)} {
  state${c.T(`: ${stateT}`)} = { items: [], loading: false, error: null };

  componentDidMount() {
    this.${fetchFn}();
  }

  ${fetchFn} = async () => {
    this.setState({ loading: true, error: null });
    try {
      const response = await fetch('/api/${e.plural}');
      const payload = await response.json();
      this.setState({ items: payload.items || [], loading: false });
    } catch (err) {
      this.setState({ error: String(err), loading: false });
    }
  };

  render() {
    const { items, loading, error } = this.state;
    const { title = '${e.Plural}', onOpen } = this.props;
    if (loading) {
      return <div className="spinner" aria-busy="true" />;
    }
    return (
      <section className="${e.kebab}-page">
        <h1>{title}</h1>
        {error && <div className="alert alert-error">{error}</div>}
        <ul>
          {items.map((item) => (
            <li key={item.id} onClick={() => onOpen && onOpen(item.id)}>
              {item.name}
            </li>
          ))}
        </ul>
      </section>
    );
  }
}`,
    footer: `export default ${compName};`,
  };
}

// Express/server blocks (need `router` in scope)
const S = {
  list(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.get('/${e.plural}', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const page = Math.max(1, Number(req.query.page) || 1);
    const limit = Math.min(100, Number(req.query.limit) || 25);
    const offset = (page - 1) * limit;
    const { rows } = await db.query(
      'SELECT id, name, status, created_at FROM ${e.plural} WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT $1 OFFSET $2',
      [limit, offset],
    );
    res.json({ data: rows, page, limit });
  } catch (err) {
    next(err);
  }
});`;
  },
  getOne(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.get('/${e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    const { rows } = await db.query('SELECT * FROM ${e.plural} WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: '${e.Name} not found' });
    }
    return res.json(rows[0]);
  } catch (err) {
    return next(err);
  }
});`;
  },
  create(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.post('/${e.plural}', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  const { name, description = '', tags = [] } = req.body || {};
  if (!name || typeof name !== 'string') {
    return res.status(400).json({ error: 'name is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO ${e.plural} (name, description, tags, owner_id) VALUES ($1, $2, $3, $4) RETURNING *',
      [name.trim(), description, tags, req.user && req.user.id],
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});`;
  },
  update(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.patch('/${e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  const allowed = ['name', 'description', 'status'];
  const updates = Object.keys(req.body || {}).filter((key) => allowed.includes(key));
  if (updates.length === 0) {
    return res.status(400).json({ error: 'Nothing to update' });
  }
  const assignments = updates.map((key, index) => \`\${key} = $\${index + 2}\`).join(', ');
  try {
    const { rows } = await db.query(
      \`UPDATE ${e.plural} SET \${assignments}, updated_at = NOW() WHERE id = $1 RETURNING *\`,
      [req.params.id, ...updates.map((key) => req.body[key])],
    );
    return rows[0] ? res.json(rows[0]) : res.status(404).end();
  } catch (err) {
    return next(err);
  }
});`;
  },
  remove(c) {
    const e = c.ent();
    c.need('../db', { def: 'db' });
    return `router.delete('/${e.plural}/:id', async (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
  try {
    await db.query('UPDATE ${e.plural} SET deleted_at = NOW() WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});`;
  },
  middleware(c) {
    const fn = c.uniq('requireRole');
    return `function ${fn}(...roles${c.T(': string[]')}) {
  return (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
    const user = ${c.ts ? '(req as any).user' : 'req.user'};
    if (!user) {
      return res.status(401).json({ error: 'Not authenticated' });
    }
    if (roles.length && !roles.includes(user.role)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    return next();
  };
}`;
  },
  rateLimit(c) {
    if (!c.take('simpleRateLimit')) return null;
    c.used.add('rateLimitHits');
    return `const rateLimitHits${c.T(': Map<string, { count: number; resetAt: number }>')} = new Map();

function simpleRateLimit(limit = 60, windowMs = 60000) {
  return (req${c.T(': Request')}, res${c.T(': Response')}, next${c.T(': NextFunction')}) => {
    const key = req.ip || 'unknown';
    const now = Date.now();
    const entry = rateLimitHits.get(key);
    if (!entry || entry.resetAt < now) {
      rateLimitHits.set(key, { count: 1, resetAt: now + windowMs });
      return next();
    }
    entry.count += 1;
    if (entry.count > limit) {
      res.setHeader('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)));
      return res.status(429).json({ error: 'Too many requests' });
    }
    return next();
  };
}`;
  },
  externalService(c) {
    const svc = c.rng.pick([
      { name: 'sendReceiptEmail', host: 'https://api.mailer.example.com/v3/messages', env: 'MAILER_API_TOKEN' },
      { name: 'createPaymentIntent', host: 'https://api.payments.example.com/v1/payment_intents', env: 'PAYMENTS_SECRET' },
      { name: 'notifySlack', host: 'https://hooks.chat.example.com/services/incoming', env: 'CHAT_WEBHOOK_TOKEN' },
    ]);
    const fn = c.uniq(svc.name);
    return `async function ${fn}(payload${c.T(': Record<string, unknown>')}) {
  const response = await fetch('${svc.host}', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: \`Bearer \${process.env.${svc.env}}\`,
    },
    body: JSON.stringify(payload),
  });
  if (!response.ok) {
    const text = await response.text();
    throw new Error(\`${fn} failed: \${response.status} \${text}\`);
  }
  return response.json();
}`;
  },
  health(c) {
    if (!c.take('__health')) return null;
    return `router.get('/health', (req${c.T(': Request')}, res${c.T(': Response')}) => {
  res.json({ status: 'ok', uptime: process.uptime(), version: process.env.APP_VERSION || 'dev' });
});`;
  },
};

// Hooks (no JSX)
const H = {
  useResource(c) {
    const e = c.ent();
    c.need('react', { named: ['useState', 'useEffect'] });
    const hook = c.uniq(`use${e.Plural}`);
    return `${c.exp(hook)}function ${hook}(filter${c.T(': { status?: string; ownerId?: string }')} = {}) {
  const [data, setData] = useState${c.T('<unknown[]>')}([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState${c.T('<Error | null>')}(null);
  const key = JSON.stringify(filter);

  useEffect(() => {
    let cancelled = false;
    const controller = new AbortController();
    setLoading(true);
    fetch(\`/api/${e.plural}?filter=\${encodeURIComponent(key)}\`, { signal: controller.signal })
      .then((response) => response.json())
      .then((payload) => {
        if (!cancelled) {
          setData(payload.data || []);
          setError(null);
        }
      })
      .catch((err) => {
        if (!cancelled && err.name !== 'AbortError') {
          setError(err);
        }
      })
      .finally(() => {
        if (!cancelled) {
          setLoading(false);
        }
      });
    return () => {
      cancelled = true;
      controller.abort();
    };
  }, [key]);

  return { data, loading, error };
}`;
  },
  useToggle(c) {
    if (!c.take('useToggle')) return null;
    c.need('react', { named: ['useState', 'useCallback'] });
    return `${c.exp('useToggle')}function useToggle(initial = false)${c.T(': [boolean, () => void, (value: boolean) => void]')} {
  const [value, setValue] = useState(initial);
  const toggle = useCallback(() => setValue((v) => !v), []);
  return [value, toggle, setValue];
}`;
  },
  useLocalStorage(c) {
    if (!c.take('useLocalStorage')) return null;
    c.need('react', { named: ['useState', 'useEffect'] });
    return `${c.exp('useLocalStorage')}function useLocalStorage${c.T('<T>')}(key${c.T(': string')}, initialValue${c.T(': T')}) {
  const [value, setValue] = useState${c.T('<T>')}(() => {
    try {
      const stored = window.localStorage.getItem(key);
      return stored ? JSON.parse(stored) : initialValue;
    } catch {
      return initialValue;
    }
  });

  useEffect(() => {
    window.localStorage.setItem(key, JSON.stringify(value));
  }, [key, value]);

  return [value, setValue]${c.T(' as const')};
}`;
  },
};

// Redux toolkit slices
const ST = {
  slice(c) {
    const e = c.ent();
    c.need('@reduxjs/toolkit', { named: ['createSlice', 'createAsyncThunk'] });
    const slice = c.uniq(`${e.name}Slice`);
    const thunk = c.uniq(`fetch${e.Plural}Thunk`);
    const stateT = c.ts ? c.uniq(`${e.Plural}State`) : '';
    return `${c.ts ? `interface ${stateT} {\n  ids: string[];\n  entities: Record<string, { id: string; name: string }>;\n  status: 'idle' | 'loading' | 'failed';\n  error?: string;\n}\n\n` : ''}const ${c.uniq(`initial${e.Plural}State`)}${c.T(`: ${stateT}`)} = { ids: [], entities: {}, status: 'idle' };

${c.exp(thunk)}const ${thunk} = createAsyncThunk('${e.plural}/fetchAll', async () => {
  const response = await fetch('/api/${e.plural}');
  if (!response.ok) {
    throw new Error('Failed to fetch ${e.plural}');
  }
  return (await response.json())${c.T(` as Array<{ id: string; name: string }>`)};
});

${c.exp(slice)}const ${slice} = createSlice({
  name: '${e.plural}',
  initialState: initial${e.Plural}State,
  reducers: {
    ${e.name}Removed(state, action) {
      delete state.entities[action.payload];
      state.ids = state.ids.filter((id) => id !== action.payload);
    },
    ${e.plural}Cleared(state) {
      state.ids = [];
      state.entities = {};
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(${thunk}.pending, (state) => {
        state.status = 'loading';
      })
      .addCase(${thunk}.fulfilled, (state, action) => {
        state.status = 'idle';
        for (const item of action.payload) {
          state.entities[item.id] = item;
        }
        state.ids = action.payload.map((item) => item.id);
      })
      .addCase(${thunk}.rejected, (state, action) => {
        state.status = 'failed';
        state.error = action.error.message;
      });
  },
});`;
  },
  selectors(c) {
    const e = c.ent();
    const sel = c.uniq(`select${e.Plural}`);
    const selBy = c.uniq(`select${e.Name}ById`);
    return `${c.exp(sel)}const ${sel} = (state${c.T(': any')}) => state.${e.plural}.ids.map((id${c.T(': string')}) => state.${e.plural}.entities[id]);

${c.exp(selBy)}const ${selBy} = (state${c.T(': any')}, id${c.T(': string')}) => state.${e.plural}.entities[id];`;
  },
};

// Config blocks
const CFG = {
  section(c) {
    const f = c.rng.pick(['database', 'cache', 'mail', 'storage', 'queue', 'auth', 'logging', 'cors']);
    const name = c.uniq(`${f}Config`);
    const bodies = {
      database: `  host: process.env.DB_HOST || 'localhost',
  port: Number(process.env.DB_PORT || 5432),
  database: process.env.DB_NAME || 'app',
  user: process.env.DB_USER || 'app',
  password: process.env.DB_PASSWORD,
  pool: { min: 2, max: Number(process.env.DB_POOL_MAX || 10) },
  ssl: process.env.NODE_ENV === 'production' ? { rejectUnauthorized: false } : false,`,
      cache: `  url: process.env.REDIS_URL || 'redis://localhost:6379',
  ttlSeconds: Number(process.env.CACHE_TTL || 300),
  prefix: 'app:',`,
      mail: `  from: process.env.MAIL_FROM || 'no-reply@example.com',
  transport: process.env.MAIL_TRANSPORT || 'smtp',
  smtp: { host: process.env.SMTP_HOST, port: Number(process.env.SMTP_PORT || 587), secure: false },`,
      storage: `  bucket: process.env.UPLOAD_BUCKET || 'app-uploads-dev',
  region: process.env.AWS_REGION || 'us-east-1',
  maxFileSizeMb: 25,
  allowedTypes: ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'],`,
      queue: `  concurrency: Number(process.env.QUEUE_CONCURRENCY || 4),
  retries: 5,
  backoff: { type: 'exponential', delay: 1000 },`,
      auth: `  jwtSecret: process.env.JWT_SECRET,
  tokenTtl: '15m',
  refreshTtl: '30d',
  cookieName: 'sid',`,
      logging: `  level: process.env.LOG_LEVEL || 'info',
  pretty: process.env.NODE_ENV !== 'production',
  redact: ['req.headers.authorization', 'req.headers.cookie', 'password'],`,
      cors: `  origin: (process.env.CORS_ORIGINS || 'http://localhost:3000').split(','),
  credentials: true,
  maxAge: 600,`,
    };
    return `${c.exp(name)}const ${name} = {\n${bodies[f]}\n};`;
  },
};

// ------------------------------------------------------------------------------------------------
// Clarifai call shapes. Each builder returns
//   { imports: [lines], top: text|null, block: text, isMain, anchors: { call, client? }, tags: [] }
// `host` is 'react' | 'server' | 'module'.

const OWN_IDS = [
  ['jane-doe', 'my-first-application'],
  ['jdoe42', 'face-recognition-app'],
  ['sam_k', 'smart-brain'],
  ['devuser01', 'test-app'],
  ['mrivera', 'my-app'],
  ['alex-chen', 'image-tagger'],
  ['priya_dev', 'vision-demo'],
];
const MAIN_MODELS = [
  { id: 'face-detection', version: '6dc7e46bc9124c5c8824be4822abe105', kind: 'regions' },
  { id: 'general-image-recognition', version: 'aa7f35c01e0642fda5cf400f543e7c40', kind: 'concepts' },
];
const OWN_WORKFLOWS = ['my-custom-workflow', 'product-tagging-flow', 'moderation-pipeline-v2', 'receipt-ocr-workflow'];

const INPUT_VARS = ['imageUrl', 'input', 'photoUrl', 'url', 'imageURL'];

function envRead(c, host, name, { allowVite = true } = {}) {
  if (host === 'react') {
    if (allowVite && c.esm && c.rng.chance(0.25)) return { expr: `import.meta.env.VITE_${name}`, tag: 'vite-env' };
    return { expr: `process.env.REACT_APP_${name}`, tag: 'cra-env' };
  }
  return { expr: `process.env.${name}`, tag: null };
}

function inputsLiteral(v, style) {
  if (style === 0) return `[{ data: { image: { url: ${v} } } }]`;
  return `[
  {
    data: {
      image: {
        url: ${v},
      },
    },
  },
]`;
}

function extractFor(kind, resVar) {
  return kind === 'regions' ? `${resVar}.outputs[0].data.regions || []` : `${resVar}.outputs[0].data.concepts`;
}

// Wrap "inner" async statements (which use `v` and define `resVar`) into a host construct.
function wrapHost(c, host, o) {
  const { v, inner, extract, fnBase, route, title } = o;
  const T = c.T;
  if (host === 'module') {
    const fn = c.uniq(fnBase);
    return {
      block: `/**
 * ${title}
 */
${c.exp(fn)}async function ${fn}(${v}${T(': string')})${T(': Promise<any[]>')} {
${indent(inner, 2)}
  return ${extract};
}`,
      isMain: false,
    };
  }
  if (host === 'server') {
    return {
      block: `router.post('/${route}', async (req${T(': Request')}, res${T(': Response')}, next${T(': NextFunction')}) => {
  const { ${v} } = req.body || {};
  if (!${v}) {
    return res.status(400).json({ error: '${v} is required' });
  }
  try {
${indent(inner, 4)}
    return res.json({ results: ${extract} });
  } catch (err) {
    return next(err);
  }
});`,
      isMain: false,
    };
  }
  // react: the special block is the file's main (default-exported) component
  c.need('react', { def: 'React', named: ['useState'] });
  const comp = c.uniq(o.component);
  const setter = 'set' + cap(v);
  c.used.add(setter);
  return {
    block: `export default function ${comp}() {
  const [${v}, ${setter}] = useState('');
  const [results, setResults] = useState${T('<any[]>')}([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState${T('<string | null>')}(null);

  const handleSubmit = async (event${T(': React.FormEvent<HTMLFormElement>')}) => {
    event.preventDefault();
    setLoading(true);
    setError(null);
    try {
${indent(inner, 6)}
      setResults(${extract});
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="${kebab(comp)}">
      <form onSubmit={handleSubmit}>
        <input
          type="url"
          placeholder="Paste an image URL"
          value={${v}}
          onChange={(event) => ${setter}(event.target.value)}
        />
        <button type="submit" disabled={loading || !${v}}>
          {loading ? 'Analyzing...' : 'Analyze'}
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {${v} && <img className="preview" src={${v}} alt="" width={400} />}
      <ul className="results">
        {results.map((item, index) => (
          <li key={item.id || index}>{item.name || \`Region \${index + 1}\`}</li>
        ))}
      </ul>
    </div>
  );
}`,
    isMain: true,
  };
}

function reactComponentName(c) {
  return c.rng.pick(['FaceDetector', 'ImageAnalyzer', 'FaceRecognition', 'PhotoTagger', 'ImageLinkForm', 'UploadInsights', 'AutoTagger']);
}

const SHAPE_BUILDERS = {
  // 1. fetch + PAT + the caller's own user/app ids for a clarifai/main model
  'rest-fetch-pat-own-ids'(c, host) {
    const rng = c.rng;
    const tags = [];
    const [uid, aid] = rng.pick(OWN_IDS);
    const style = rng.int(0, 2);
    // the smart-brain helper variant draws face boxes, so it always uses face-detection
    const model = style === 0 && host !== 'module' ? MAIN_MODELS[0] : rng.pick(MAIN_MODELS);
    const names = rng.pick([
      { pat: 'PAT', user: 'USER_ID', app: 'APP_ID', model: 'MODEL_ID', version: 'MODEL_VERSION_ID' },
      { pat: 'CLARIFAI_PAT', user: 'CLARIFAI_USER_ID', app: 'CLARIFAI_APP_ID', model: 'MODEL_ID', version: 'VERSION_ID' },
      { pat: 'pat', user: 'userId', app: 'appId', model: 'modelId', version: 'modelVersionId' },
    ]);
    for (const k of Object.values(names)) c.used.add(k);
    const env = envRead(c, host, 'CLARIFAI_PAT');
    if (env.tag) tags.push(env.tag);
    const consts = `// Your PAT (Personal Access Token) can be found in the Account's Security section
const ${names.pat} = ${env.expr};
// Specify the correct user_id/app_id pairings
// Since you're making inferences outside your app's scope
const ${names.user} = '${uid}';
const ${names.app} = '${aid}';
// Change these to whatever model and image URL you want to use
const ${names.model} = '${model.id}';
const ${names.version} = '${model.version}';`;
    const urlConcat = rng.chance(0.6);
    if (!urlConcat) tags.push('url-template');
    const url = urlConcat
      ? `'https://api.clarifai.com/v2/models/' + ${names.model} + '/versions/' + ${names.version} + '/outputs'`
      : `\`https://api.clarifai.com/v2/models/\${${names.model}}/versions/\${${names.version}}/outputs\``;
    const quotedKeys = rng.chance(0.35);
    if (quotedKeys) tags.push('quoted-keys');
    const k = (s) => (quotedKeys ? `'${s}'` : s);
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const resVar = rng.pick(['result', 'data', 'json']);
    const localConsts = host !== 'react' && rng.chance(0.25);
    // smart-brain style helper that returns the request options (common in the wild)
    if (style === 0 && host !== 'module') {
      tags.push('options-helper', 'then-chain');
      const helper = c.uniq(rng.pick(['returnClarifaiRequestOptions', 'buildClarifaiRequest', 'clarifaiRequestOptions']));
      const helperText = `const ${helper} = (${v}${c.T(': string')}) => {
${indent(consts, 2)}

  const raw = JSON.stringify({
    ${k('user_app_id')}: {
      ${k('user_id')}: ${names.user},
      ${k('app_id')}: ${names.app},
    },
    ${k('inputs')}: ${indent(inputsLiteral(v, 1), 4).trimStart()},
  });

  return {
    method: 'POST',
    headers: {
      ${k('Accept')}: 'application/json',
      ${k('Authorization')}: 'Key ' + ${names.pat},
    },
    body: raw,
  };
};`;
      // The helper-local constants shadow nothing; the MODEL_ID used in the URL must be visible at the call:
      // smart-brain code repeats the model id in the URL string, so do the same.
      const callUrl = `'https://api.clarifai.com/v2/models/${model.id}/outputs'`;
      if (host === 'server') {
        const handler = c.uniq(rng.pick(['handleApiCall', 'handleImageUrl', 'detectHandler']));
        const block = `${helperText}

const ${handler} = (req${c.T(': Request')}, res${c.T(': Response')}) => {
  fetch(${callUrl}, ${helper}(req.body.input))
    .then((response) => response.json())
    .then((${resVar}) => res.json(${resVar}))
    .catch((err) => res.status(400).json('unable to work with API'));
};

router.post('/imageurl', ${handler});`;
        return { imports: [], top: null, block, isMain: false, anchors: { call: `fetch(${callUrl}` }, tags };
      }
      // react class or function component (smart-brain App.js)
      const comp = c.uniq(rng.pick(['App', 'FaceRecognitionApp', 'Detector']));
      if (c.ts || rng.chance(0.5)) {
        c.need('react', { def: 'React', named: ['useState'] });
        tags.push('function-component');
        const block = `${helperText}

export default function ${comp}() {
  const [input, setInput] = useState('');
  const [imageUrl, setImageUrl] = useState('');
  const [boxes, setBoxes] = useState${c.T('<any[]>')}([]);

  const onButtonSubmit = () => {
    setImageUrl(input);
    fetch(${callUrl}, ${helper}(input))
      .then((response) => response.json())
      .then((${resVar}) => {
        const regions = ${resVar}.outputs[0].data.regions || [];
        setBoxes(regions.map((region${c.T(': any')}) => region.region_info.bounding_box));
      })
      .catch((error) => console.log('error', error));
  };

  return (
    <div className="App">
      <p className="f3">This Magic Brain will detect faces in your pictures. Give it a try.</p>
      <div className="center">
        <input className="f4 pa2 w-70" type="text" onChange={(event) => setInput(event.target.value)} />
        <button className="w-30 grow f4 link ph3 pv2 dib white bg-light-purple" onClick={onButtonSubmit}>
          Detect
        </button>
      </div>
      <div className="relative">
        <img id="inputimage" alt="" src={imageUrl} width="500px" height="auto" />
        {boxes.map((box, index) => (
          <div
            key={index}
            className="bounding-box"
            style={{ top: \`\${box.top_row * 100}%\`, left: \`\${box.left_col * 100}%\` }}
          />
        ))}
      </div>
    </div>
  );
}`;
        return { imports: [], top: null, block, isMain: true, anchors: { call: `fetch(${callUrl}` }, tags };
      }
      c.need('react', { def: 'React', named: ['Component'] });
      tags.push('class-component');
      const block = `${helperText}

class ${comp} extends Component {
  constructor(props) {
    super(props);
    this.state = {
      input: '',
      imageUrl: '',
      box: {},
    };
  }

  calculateFaceLocation = (data) => {
    const clarifaiFace = data.outputs[0].data.regions[0].region_info.bounding_box;
    const image = document.getElementById('inputimage');
    const width = Number(image.width);
    const height = Number(image.height);
    return {
      leftCol: clarifaiFace.left_col * width,
      topRow: clarifaiFace.top_row * height,
      rightCol: width - clarifaiFace.right_col * width,
      bottomRow: height - clarifaiFace.bottom_row * height,
    };
  };

  displayFaceBox = (box) => {
    this.setState({ box });
  };

  onInputChange = (event) => {
    this.setState({ input: event.target.value });
  };

  onButtonSubmit = () => {
    this.setState({ imageUrl: this.state.input });
    fetch(${callUrl}, ${helper}(this.state.input))
      .then((response) => response.json())
      .then((${resVar}) => this.displayFaceBox(this.calculateFaceLocation(${resVar})))
      .catch((error) => console.log('error', error));
  };

  render() {
    const { imageUrl, box } = this.state;
    return (
      <div className="App">
        <input className="f4 pa2 w-70 center" type="tex" onChange={this.onInputChange} />
        <button className="w-30 grow f4 link ph3 pv2 dib white bg-light-purple" onClick={this.onButtonSubmit}>
          Detect
        </button>
        <div className="absolute mt2">
          <img id="inputimage" alt="" src={imageUrl} width="500px" height="auto" />
          <div
            className="bounding-box"
            style={{ top: box.topRow, right: box.rightCol, bottom: box.bottomRow, left: box.leftCol }}
          />
        </div>
      </div>
    );
  }
}

export default ${comp};`;
      return { imports: [], top: null, block, isMain: true, anchors: { call: `fetch(${callUrl}` }, tags };
    }
    // inline request (async/await), consts at module level or in the function
    const reqOpts = style === 1;
    let inner;
    if (reqOpts) {
      tags.push('request-options-const');
      inner = `const raw = JSON.stringify({
  ${k('user_app_id')}: {
    ${k('user_id')}: ${names.user},
    ${k('app_id')}: ${names.app},
  },
  ${k('inputs')}: ${indent(inputsLiteral(v, 1), 2).trimStart()},
});

const requestOptions = {
  method: 'POST',
  headers: {
    ${k('Accept')}: 'application/json',
    ${k('Authorization')}: 'Key ' + ${names.pat},
  },
  body: raw,
};

const response = await fetch(${url}, requestOptions);
const ${resVar} = await response.json();`;
    } else {
      inner = `const response = await fetch(${url}, {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    Authorization: 'Key ' + ${names.pat},
  },
  body: JSON.stringify({
    ${k('user_app_id')}: { ${k('user_id')}: ${names.user}, ${k('app_id')}: ${names.app} },
    ${k('inputs')}: ${inputsLiteral(v, 0)},
  }),
});
if (!response.ok) {
  throw new Error(\`Clarifai request failed with status \${response.status}\`);
}
const ${resVar} = await response.json();`;
    }
    let top = consts;
    if (localConsts) {
      tags.push('function-local-consts');
      inner = consts + '\n\n' + inner;
      top = null;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: extractFor(model.kind, resVar),
      fnBase: model.kind === 'regions' ? 'detectFaces' : 'predictConcepts',
      route: model.kind === 'regions' ? 'detect-faces' : 'tag-image',
      title: 'Calls the Clarifai predict endpoint for the given image URL.',
      component: reactComponentName(c),
    });
    return { imports: [], top, block: w.block, isMain: w.isMain, anchors: { call: `fetch(${url}` }, tags };
  },

  // 2. fetch + API key from env + clarifai/main model, no owner
  'rest-fetch-apikey-no-owner'(c, host) {
    const rng = c.rng;
    const tags = [];
    const env = host === 'react' ? envRead(c, host, 'CLARIFAI_API_KEY') : { expr: 'process.env.CLARIFAI_API_KEY', tag: null };
    if (env.tag) tags.push(env.tag);
    const versioned = rng.chance(0.3);
    if (versioned) tags.push('versioned-url');
    const url = versioned
      ? `'https://api.clarifai.com/v2/models/food-item-recognition/versions/1d5fd481e0cf4826aa72ec3ff049e044/outputs'`
      : `'https://api.clarifai.com/v2/models/food-item-recognition/outputs'`;
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const resVar = rng.pick(['result', 'data', 'body']);
    const headersConst = rng.chance(0.35);
    let inner;
    let call;
    if (headersConst) {
      tags.push('headers-const');
      inner = `const headers = {
  'Content-Type': 'application/json',
  Authorization: \`Key \${${env.expr}}\`,
};
const response = await fetch(${url}, {
  method: 'POST',
  headers,
  body: JSON.stringify({ inputs: ${inputsLiteral(v, 0)} }),
});
const ${resVar} = await response.json();`;
    } else {
      inner = `const response = await fetch(${url}, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: \`Key \${${env.expr}}\`,
  },
  body: JSON.stringify({
    inputs: ${indent(inputsLiteral(v, 1), 4).trimStart()},
  }),
});
const ${resVar} = await response.json();`;
    }
    call = `fetch(${url}`;
    inner += `
if (${resVar}.status && ${resVar}.status.code !== 10000) {
  throw new Error(${resVar}.status.description);
}`;
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: `${resVar}.outputs[0].data.concepts`,
      fnBase: rng.pick(['recognizeFood', 'detectIngredients', 'analyzeMealPhoto']),
      route: 'food/recognize',
      title: 'Recognizes food items in a photo (used for the meal log).',
      component: rng.pick(['MealScanner', 'FoodRecognizer', 'IngredientFinder']),
    });
    return { imports: [], top: null, block: w.block, isMain: w.isMain, anchors: { call }, tags };
  },

  // 3. axios + PAT from env, no user_app_id
  'rest-axios-pat-no-owner'(c, host) {
    const rng = c.rng;
    const tags = [];
    c.need('axios', { def: 'axios' });
    const patName = rng.pick(['PAT', 'CLARIFAI_PAT', 'clarifaiPat']);
    c.used.add(patName);
    const top = `const ${patName} = process.env.CLARIFAI_PAT;`;
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const url = `'https://api.clarifai.com/v2/models/general-image-recognition/outputs'`;
    const form = rng.int(0, 1);
    let inner;
    if (form === 0) {
      inner = `const inputs = ${inputsLiteral(v, 0)};
const { data } = await axios.post(
  ${url},
  { inputs },
  { headers: { Authorization: \`Key \${${patName}}\` } },
);`;
    } else {
      tags.push('config-const');
      inner = `const config = {
  headers: {
    Authorization: \`Key \${${patName}}\`,
    'Content-Type': 'application/json',
  },
  timeout: 15000,
};
const inputs = ${indent(inputsLiteral(v, 1), 0)};
const { data } = await axios.post(${url}, { inputs }, config);`;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: 'data.outputs[0].data.concepts',
      fnBase: rng.pick(['tagImage', 'classifyImage', 'getImageConcepts']),
      route: 'images/tags',
      title: 'Returns the concepts Clarifai sees in an image.',
      component: 'ImageTagger',
    });
    return { imports: [], top, block: w.block, isMain: w.isMain, anchors: { call: 'axios.post(' }, tags };
  },

  // 4. clarifai-nodejs-grpc stub + API key + clarifai/main hex model id, no user_app_id
  'grpc-apikey'(c, host) {
    return grpcShape(c, host, {
      workflow: false,
      credentialEnv: 'CLARIFAI_API_KEY',
      keyNames: ['API_KEY', 'CLARIFAI_API_KEY', 'apiKey'],
      target: `model_id: 'aaa03c23b3724a16a56b629203edc62c'`,
      targetConst: ['MODEL_ID', `'aaa03c23b3724a16a56b629203edc62c'`, 'model_id'],
      rpc: 'PostModelOutputs',
      extract: (r) => `${r}.outputs[0].data.concepts`,
      fnBase: ['predictGeneral', 'getConcepts', 'classifyUpload'],
      route: 'predict',
    });
  },

  // 5. legacy `clarifai` client with apiKey
  'legacy-client-apikey'(c, host) {
    const rng = c.rng;
    const tags = [];
    const Cl = 'Clarifai';
    c.used.add(Cl);
    let importLine;
    if (c.esm) {
      importLine = `import ${Cl} from 'clarifai';`;
      tags.push('esm-import');
    } else {
      importLine = `const ${Cl} = require('clarifai');`;
      tags.push('cjs-require');
    }
    const appVar = c.uniq(host === 'server' ? rng.pick(['clarifaiApp', 'app']) : rng.pick(['app', 'clarifaiApp']));
    const envName = host === 'react' ? rng.pick(['process.env.REACT_APP_CLARIFAI_KEY', 'process.env.REACT_APP_CLARIFAI_KEY', 'process.env.REACT_APP_CLARIFAI_API_KEY']) : 'process.env.CLARIFAI_API_KEY';
    const modelConst = rng.weighted([['FACE_DETECT_MODEL', 6], ['GENERAL_MODEL', 2], ['FOOD_MODEL', 1], ['COLOR_MODEL', 1]]);
    const top = `const ${appVar} = new ${Cl}.App({
  apiKey: ${envName},
});`;
    const client = `new ${Cl}.App(`;
    if (host === 'react' && !c.ts && rng.chance(0.6)) {
      // smart-brain class component
      tags.push('class-component', 'then-chain');
      c.need('react', { def: 'React', named: ['Component'] });
      const comp = c.uniq(rng.pick(['App', 'FaceRecognitionApp']));
      const block = `class ${comp} extends Component {
  constructor() {
    super();
    this.state = {
      input: '',
      imageUrl: '',
      box: {},
      route: 'signin',
    };
  }

  calculateFaceLocation = (data) => {
    const clarifaiFace = data.outputs[0].data.regions[0].region_info.bounding_box;
    const image = document.getElementById('inputimage');
    const width = Number(image.width);
    const height = Number(image.height);
    return {
      leftCol: clarifaiFace.left_col * width,
      topRow: clarifaiFace.top_row * height,
      rightCol: width - clarifaiFace.right_col * width,
      bottomRow: height - clarifaiFace.bottom_row * height,
    };
  };

  displayFaceBox = (box) => {
    this.setState({ box: box });
  };

  onInputChange = (event) => {
    this.setState({ input: event.target.value });
  };

  onButtonSubmit = () => {
    this.setState({ imageUrl: this.state.input });
    ${appVar}.models
      .predict(${Cl}.${modelConst}, this.state.input)
      .then((response) => this.displayFaceBox(this.calculateFaceLocation(response)))
      .catch((err) => console.log(err));
  };

  onRouteChange = (route) => {
    this.setState({ route: route });
  };

  render() {
    const { imageUrl, box, route } = this.state;
    return (
      <div className="App">
        {route === 'home' ? (
          <div>
            <p className="f3">This Magic Brain will detect faces in your pictures.</p>
            <input className="f4 pa2 w-70 center" type="tex" onChange={this.onInputChange} />
            <button className="w-30 grow f4 link ph3 pv2 dib white bg-light-purple" onClick={this.onButtonSubmit}>
              Detect
            </button>
            <div className="center ma">
              <div className="absolute mt2">
                <img id="inputimage" alt="" src={imageUrl} width="500px" height="auto" />
                <div
                  className="bounding-box"
                  style={{ top: box.topRow, right: box.rightCol, bottom: box.bottomRow, left: box.leftCol }}
                />
              </div>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => this.onRouteChange('home')}>
            Sign in
          </button>
        )}
      </div>
    );
  }
}

export default ${comp};`;
      return { imports: [importLine], top, block, isMain: true, anchors: { call: `${appVar}.models`, client, import: importLine }, tags };
    }
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const thenStyle = host === 'server' && rng.chance(0.5);
    if (thenStyle) {
      tags.push('then-chain');
      const handler = c.uniq('handleApiCall');
      const block = `const ${handler} = (req${c.T(': Request')}, res${c.T(': Response')}) => {
  ${appVar}.models
    .predict(${Cl}.${modelConst}, req.body.input)
    .then((data) => {
      res.json(data);
    })
    .catch((err) => res.status(400).json('unable to work with API'));
};

router.post('/imageurl', ${handler});`;
      return { imports: [importLine], top, block, isMain: false, anchors: { call: `${appVar}.models`, client, import: importLine }, tags };
    }
    const inner = `const response = await ${appVar}.models.predict(${Cl}.${modelConst}, ${v});`;
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: modelConst === 'FACE_DETECT_MODEL' ? 'response.outputs[0].data.regions' : 'response.outputs[0].data.concepts',
      fnBase: rng.pick(['detectFaces', 'predictImage', 'runPrediction']),
      route: 'imageurl',
      title: 'Runs a Clarifai prediction for an image URL.',
      component: reactComponentName(c),
    });
    return { imports: [importLine], top, block: w.block, isMain: w.isMain, anchors: { call: `${appVar}.models`, client, import: importLine }, tags };
  },

  // 6. clarifai-nodejs SDK, clarifai/main model addressed with the caller's own userId/appId
  'sdk-own-ids'(c, host) {
    const rng = c.rng;
    const tags = [];
    const [uid, aid] = rng.pick([['jane-doe', 'my-app'], ...OWN_IDS]);
    const modelId = rng.weighted([['general-image-recognition', 3], ['face-detection', 1]]);
    const importLine = c.esm ? `import { Model } from 'clarifai-nodejs';` : `const { Model } = require('clarifai-nodejs');`;
    c.used.add('Model');
    const patExpr = c.ts && rng.chance(0.3) ? (tags.push('ts-as-string'), 'process.env.CLARIFAI_PAT as string') : 'process.env.CLARIFAI_PAT';
    const idConsts = rng.chance(0.3);
    const modelVar = c.uniq(rng.pick(['model', 'generalModel', 'clarifaiModel']));
    let ctorTop;
    if (idConsts) {
      tags.push('id-consts');
      c.used.add('USER_ID');
      c.used.add('APP_ID');
      ctorTop = `const USER_ID = '${uid}';
const APP_ID = '${aid}';

const ${modelVar} = new Model({
  modelId: '${modelId}',
  authConfig: {
    userId: USER_ID,
    appId: APP_ID,
    pat: ${patExpr},
  },
});`;
    } else {
      ctorTop = `const ${modelVar} = new Model({
  modelId: '${modelId}',
  authConfig: {
    userId: '${uid}',
    appId: '${aid}',
    pat: ${patExpr},
  },
});`;
    }
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    const inCall = rng.chance(0.3);
    let top = ctorTop;
    let inner = `const outputs = await ${modelVar}.predictByUrl({ url: ${v}, inputType: 'image' });`;
    if (inCall) {
      tags.push('model-in-function');
      top = null;
      inner = ctorTop + '\n' + inner;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: 'outputs[0]?.data?.conceptsList ?? []',
      fnBase: rng.pick(['classifyImage', 'predictWithSdk', 'labelImage']),
      route: 'classify',
      title: 'Classifies an image with the Clarifai Node.js SDK.',
      component: 'SdkClassifier',
    });
    return { imports: [importLine], top, block: w.block, isMain: w.isMain, anchors: { call: 'new Model(', client: 'new Model(' }, tags };
  },

  // 7. gRPC workflow predict with an API key on the user's own workflow
  'grpc-workflow-apikey'(c, host) {
    const wf = c.rng.pick(OWN_WORKFLOWS);
    return grpcShape(c, host, {
      workflow: true,
      credentialEnv: 'CLARIFAI_API_KEY',
      keyNames: ['API_KEY', 'CLARIFAI_API_KEY', 'apiKey'],
      target: `workflow_id: '${wf}'`,
      targetConst: ['WORKFLOW_ID', `'${wf}'`, 'workflow_id'],
      rpc: 'PostWorkflowResults',
      extract: (r) => `${r}.results[0].outputs.map((output${c.T(': any')}) => output.data)`,
      fnBase: ['runWorkflow', 'processUpload', 'runTaggingWorkflow'],
      route: 'workflow',
    });
  },

  // 8. correct call: PAT from env, user_app_id clarifai/main, face-detection
  'correct-pat-clarifai-main'(c, host) {
    const rng = c.rng;
    const transport = host === 'react' ? rng.pick(['fetch', 'fetch', 'axios']) : rng.pick(['fetch', 'grpc', 'axios']);
    if (transport === 'grpc') {
      const r = grpcShape(c, host, {
        workflow: false,
        credentialEnv: 'CLARIFAI_PAT',
        keyNames: ['PAT', 'CLARIFAI_PAT'],
        target: `user_app_id: { user_id: 'clarifai', app_id: 'main' },\nmodel_id: 'face-detection'`,
        targetConst: null,
        rpc: 'PostModelOutputs',
        extract: (x) => `${x}.outputs[0].data.regions`,
        fnBase: ['detectFaces', 'findFaces'],
        route: 'faces',
      });
      r.tags.push('grpc');
      return r;
    }
    const tags = [transport];
    const env = envRead(c, host, 'CLARIFAI_PAT');
    if (env.tag) tags.push(env.tag);
    const patName = rng.pick(['PAT', 'CLARIFAI_PAT']);
    c.used.add(patName);
    c.used.add('USER_ID');
    c.used.add('APP_ID');
    c.used.add('MODEL_ID');
    const top = `const ${patName} = ${env.expr};
// Clarifai-owned models live in the clarifai/main app and need a PAT.
const USER_ID = 'clarifai';
const APP_ID = 'main';
const MODEL_ID = 'face-detection';`;
    const v = rng.pick(INPUT_VARS);
    c.used.add(v);
    let inner;
    let call;
    if (transport === 'fetch') {
      call = 'fetch(';
      inner = `const response = await fetch(\`https://api.clarifai.com/v2/models/\${MODEL_ID}/outputs\`, {
  method: 'POST',
  headers: {
    Accept: 'application/json',
    Authorization: 'Key ' + ${patName},
  },
  body: JSON.stringify({
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: ${inputsLiteral(v, 0)},
  }),
});
const data = await response.json();`;
    } else {
      c.need('axios', { def: 'axios' });
      call = 'axios.post(';
      inner = `const { data } = await axios.post(
  \`https://api.clarifai.com/v2/models/\${MODEL_ID}/outputs\`,
  {
    user_app_id: { user_id: USER_ID, app_id: APP_ID },
    inputs: ${inputsLiteral(v, 0)},
  },
  { headers: { Authorization: \`Key \${${patName}}\` } },
);`;
    }
    const w = wrapHost(c, host, {
      v,
      inner,
      extract: 'data.outputs[0].data.regions',
      fnBase: rng.pick(['detectFaces', 'findFaces', 'locateFaces']),
      route: 'faces',
      title: 'Detects faces using the clarifai/main face-detection model.',
      component: reactComponentName(c),
    });
    return { imports: [], top, block: w.block, isMain: w.isMain, anchors: { call }, tags };
  },
};

function grpcShape(c, host, o) {
  const rng = c.rng;
  const tags = [];
  // TS cannot import ClarifaiStub (typing gap), so TS and CJS files require() it.
  const importLine =
    c.esm && !c.ts && rng.chance(0.5)
      ? (tags.push('esm-import'), `import { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';`)
      : `${c.ts ? '// eslint-disable-next-line @typescript-eslint/no-var-requires\n' : ''}const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');`;
  c.used.add('ClarifaiStub');
  c.used.add('grpc');
  const stub = c.uniq(rng.pick(['stub', 'clarifaiStub', 'client']));
  const meta = c.uniq(rng.pick(['metadata', 'meta', 'authMetadata']));
  const keyConst = rng.chance(0.4);
  let keyLine = '';
  let keyExpr = `process.env.${o.credentialEnv}`;
  if (keyConst) {
    const kn = c.uniq(rng.pick(o.keyNames));
    keyLine = `const ${kn} = process.env.${o.credentialEnv};\n`;
    keyExpr = kn;
    tags.push('key-const');
  }
  const auth = rng.chance(0.7) ? `'Key ' + ${keyExpr}` : `\`Key \${${keyExpr}}\``;
  let target = o.target;
  let targetTop = '';
  if (o.targetConst && rng.chance(0.35)) {
    const [cn, lit, field] = o.targetConst;
    c.used.add(cn);
    targetTop = `const ${cn} = ${lit};\n`;
    target = `${field}: ${cn}`;
    tags.push('id-const');
  }
  const top = `${targetTop}${keyLine}
const ${stub} = ClarifaiStub.grpc();
const ${meta} = new grpc.Metadata();
${meta}.set('authorization', ${auth});`.replace(/^\n/, '');
  const rpc = rng.chance(0.15) ? (tags.push('lower-camel-rpc'), o.rpc[0].toLowerCase() + o.rpc.slice(1)) : o.rpc;
  const v = rng.pick(INPUT_VARS);
  c.used.add(v);
  const req = `{
  ${indent(target, 2).trimStart()},
  inputs: [{ data: { image: { url: ${v} } } }],
}`;
  const callbackStyle = host === 'module' && rng.chance(0.5);
  if (callbackStyle) {
    tags.push('callback');
    const fn = c.uniq(rng.pick(o.fnBase));
    const block = `${c.exp(fn)}function ${fn}(${v}${c.T(': string')}, callback${c.T(': (err: Error | null, result?: any) => void')}) {
  ${stub}.${rpc}(
${indent(req, 4)},
    ${meta},
    (err${c.T(': Error | null')}, response${c.T(': any')}) => {
      if (err) {
        callback(err);
        return;
      }
      if (response.status.code !== 10000) {
        callback(new Error('Post ${o.workflow ? 'workflow results' : 'model outputs'} failed, status: ' + response.status.description));
        return;
      }
      callback(null, ${o.extract('response')});
    },
  );
}`;
    return { imports: [importLine], top, block, isMain: false, anchors: { call: `${stub}.${rpc}(`, client: `${meta}.set(` }, tags };
  }
  tags.push('promise-wrapped');
  const inner = `const reply = await new Promise${c.T('<any>')}((resolve, reject) => {
  ${stub}.${rpc}(
${indent(req, 4)},
    ${meta},
    (err${c.T(': Error | null')}, response${c.T(': any')}) => {
      if (err) {
        reject(err);
        return;
      }
      if (response.status.code !== 10000) {
        reject(new Error(response.status.description));
        return;
      }
      resolve(response);
    },
  );
});`;
  const w = wrapHost(c, host, {
    v,
    inner,
    extract: o.extract('reply'),
    fnBase: rng.pick(o.fnBase),
    route: o.route,
    title: o.workflow ? 'Runs the image through our Clarifai workflow.' : 'Calls Clarifai over gRPC.',
    component: reactComponentName(c),
  });
  return { imports: [importLine], top, block: w.block, isMain: w.isMain, anchors: { call: `${stub}.${rpc}(`, client: `${meta}.set(` }, tags };
}

// Host/extension options per shape: [host, ext, esm, weight]
const SHAPE_HOSTS = {
  'rest-fetch-pat-own-ids': [['react', 'jsx', true, 3], ['react', 'js', true, 3], ['react', 'tsx', true, 2], ['server', 'js', false, 2], ['server', 'ts', true, 1], ['module', 'ts', true, 1], ['module', 'js', true, 1]],
  'rest-fetch-apikey-no-owner': [['module', 'ts', true, 3], ['module', 'js', true, 2], ['react', 'jsx', true, 2], ['react', 'tsx', true, 1], ['server', 'js', false, 2]],
  'rest-axios-pat-no-owner': [['server', 'js', false, 3], ['server', 'ts', true, 2], ['module', 'ts', true, 2], ['module', 'js', false, 1]],
  'grpc-apikey': [['server', 'js', false, 4], ['server', 'ts', true, 2], ['module', 'js', false, 2], ['module', 'ts', true, 1], ['module', 'js', true, 1]],
  'legacy-client-apikey': [['react', 'js', true, 4], ['react', 'jsx', true, 3], ['server', 'js', false, 2], ['module', 'js', false, 1]],
  'sdk-own-ids': [['module', 'ts', true, 4], ['server', 'ts', true, 2], ['module', 'js', true, 1], ['server', 'js', false, 1]],
  'grpc-workflow-apikey': [['server', 'js', false, 3], ['server', 'ts', true, 2], ['module', 'js', false, 2], ['module', 'ts', true, 1]],
  'correct-pat-clarifai-main': [['module', 'ts', true, 2], ['react', 'tsx', true, 2], ['react', 'jsx', true, 1], ['server', 'js', false, 2], ['server', 'ts', true, 1]],
};

// ------------------------------------------------------------------------------------------------
// Decoys: ordinary files that mention Clarifai-ish things without calling Clarifai

const DECOY_BUILDERS = {
  'decoy-comment'(c) {
    const e = c.ent();
    const fn = c.uniq(`normalize${e.Name}Tags`);
    const text = c.rng.pick([
      `// Image tagging used to go through Clarifai; it now runs on the internal vision
// service (see docs/adr/0007-vision.md). Keep the tag shape stable for old records.`,
      `/*
 * NOTE: tags imported from the 2019 Clarifai export still carry a confidence value in 0..1.
 * Newer tags come from the in-house classifier with 0..100. Normalize both.
 */`,
      `// TODO(vision): evaluate clarifai vs. rekognition for auto-tagging (ticket OPS-1182).`,
    ]);
    return {
      block: `${text}
${c.exp(fn)}function ${fn}(tags${c.T(': Array<{ name: string; value: number }>')}) {
  return tags
    .map((tag) => ({ name: tag.name.trim().toLowerCase(), value: tag.value > 1 ? tag.value / 100 : tag.value }))
    .filter((tag) => tag.value >= 0.5)
    .sort((a, b) => b.value - a.value);
}`,
      top: null,
    };
  },
  'decoy-string'(c) {
    const name = c.uniq('VISION_PROVIDERS');
    const fn = c.uniq('providerLabel');
    return {
      top: null,
      block: `${c.exp(name)}const ${name} = [
  { id: 'internal', label: 'In-house classifier', docs: '/docs/vision' },
  { id: 'clarifai', label: 'Clarifai (legacy, read-only)', docs: 'https://docs.clarifai.com/' },
  { id: 'rekognition', label: 'AWS Rekognition', docs: 'https://docs.aws.amazon.com/rekognition/' },
];

${c.exp(fn)}function ${fn}(id${c.T(': string')})${c.T(': string')} {
  const provider = ${name}.find((p) => p.id === id);
  if (!provider) {
    return 'Unknown provider';
  }
  return id === 'clarifai' ? provider.label + ' - migrated 2024' : provider.label;
}`,
    };
  },
  'decoy-key-header-other-host'(c) {
    const fn = c.uniq(c.rng.pick(['reverseGeocode', 'lookupPlace', 'geocodeAddress']));
    const k = c.uniq(c.rng.pick(['k', 'key', 'geoKey']));
    return {
      top: null,
      block: `${c.exp(fn)}async function ${fn}(lat${c.T(': number')}, lng${c.T(': number')}) {
  const ${k} = process.env.GEO_LOOKUP_API_KEY;
  const response = await fetch('https://api.geo-lookup.example.com/v2/reverse?lat=' + lat + '&lng=' + lng, {
    method: 'GET',
    headers: {
      Accept: 'application/json',
      Authorization: 'Key ' + ${k},
    },
  });
  if (!response.ok) {
    throw new Error('Geocoding failed: ' + response.status);
  }
  const body = await response.json();
  return body.results && body.results[0] ? body.results[0].formatted_address : null;
}`,
    };
  },
  'decoy-postmodeloutputs'(c) {
    if (c.rng.chance(0.5)) {
      c.take('PostModelOutputs');
      const caller = c.uniq('storeForecastRun');
      c.need('../db', { def: 'db' });
      return {
        top: null,
        block: `// Persists the outputs produced by the nightly forecasting job (internal ML service).
async function PostModelOutputs(client${c.T(': any')}, modelId${c.T(': string')}, outputs${c.T(': Array<{ key: string; value: number }>')}) {
  const values = outputs.map((o) => [modelId, o.key, o.value]);
  await client.query('INSERT INTO model_outputs (model_id, output_key, output_value) VALUES ' +
    values.map((_, i) => '($' + (i * 3 + 1) + ', $' + (i * 3 + 2) + ', $' + (i * 3 + 3) + ')').join(', '),
    values.flat());
  return values.length;
}

${c.exp(caller)}async function ${caller}(rows${c.T(': Array<{ key: string; value: number }>')}) {
  const count = await PostModelOutputs(db, 'demand-forecast-v3', rows);
  console.log('stored ' + count + ' forecast outputs');
  return count;
}`,
      };
    }
    const cl = c.uniq('mlGateway');
    const fn = c.uniq('scoreChurnBatch');
    c.need('./internal/mlGatewayClient', { named: ['createMlGatewayClient'] });
    return {
      top: `const ${cl} = createMlGatewayClient(process.env.ML_GATEWAY_ADDR || 'ml-gateway.internal:443');`,
      block: `${c.exp(fn)}function ${fn}(rows${c.T(': Array<Record<string, number>>')})${c.T(': Promise<number[]>')} {
  return new Promise((resolve, reject) => {
    ${cl}.PostModelOutputs(
      { model_id: 'churn-v3', inputs: rows.map((features) => ({ features })) },
      { authorization: 'Key ' + process.env.ML_GATEWAY_TOKEN },
      (err${c.T(': Error | null')}, response${c.T(': any')}) => (err ? reject(err) : resolve(response.scores)),
    );
  });
}`,
    };
  },
};

// ------------------------------------------------------------------------------------------------
// File planning: kind, extension, path

const KIND_WEIGHTS = [
  ['react', 30],
  ['server', 15],
  ['util', 18],
  ['service', 10],
  ['types', 5],
  ['hook', 9],
  ['store', 7],
  ['config', 3],
  ['node', 3],
];

function pickExt(rng, kind) {
  switch (kind) {
    case 'react':
      return rng.weighted([[['tsx', true], 45], [['jsx', true], 25], [['js', true], 30]]);
    case 'server':
      return rng.weighted([[['js', false], 50], [['js', true], 15], [['ts', true], 35]]);
    case 'util':
      return rng.weighted([[['ts', true], 45], [['js', true], 25], [['js', false], 30]]);
    case 'service':
    case 'types':
      return ['ts', true];
    case 'hook':
    case 'store':
      return rng.weighted([[['ts', true], 55], [['js', true], 45]]);
    case 'config':
    case 'node':
      return ['js', false];
    default:
      return ['js', false];
  }
}

function pathFor(rng, kind, ext, hint) {
  const e = entity(rng.pick(ENTITIES));
  const f = rng.pick(FEATURES);
  const sfx = rng.pick(COMP_SUFFIX);
  const Comp = hint && hint.comp ? hint.comp : e.Name + sfx;
  const base = hint && hint.base ? hint.base : e.name;
  switch (kind) {
    case 'react':
      return rng.weighted([
        [`src/components/${Comp}/${Comp}.${ext}`, 3],
        [`src/components/${f}/${Comp}.${ext}`, 3],
        [`src/features/${f}/components/${Comp}.${ext}`, 3],
        [`src/pages/${f}/${Comp}Page.${ext}`, 1],
        [`packages/${rng.pick(PACKAGES_DIRS)}/src/components/${Comp}.${ext}`, 1],
      ]);
    case 'server':
      return rng.weighted([
        [`server/routes/${base}.${ext}`, 2],
        [`server/routes/${f}/${base}.${ext}`, 3],
        [`server/controllers/${f}/${base}Controller.${ext}`, 2],
        [`src/api/${f}/${base}.${ext}`, 2],
        [`services/${rng.pick(SERVICES)}/src/routes/${base}.${ext}`, 2],
      ]);
    case 'util':
      return rng.weighted([
        [`lib/utils/${base}${rng.pick(['Utils', 'Helpers', 'Format', ''])}.${ext}`, 2],
        [`src/utils/${f}/${base}.${ext}`, 3],
        [`shared/helpers/${base}${rng.pick(['', 'Utils'])}.${ext}`, 1],
        [`src/lib/${f}/${base}.${ext}`, 2],
        [`packages/${rng.pick(PACKAGES_DIRS)}/src/utils/${base}.${ext}`, 1],
      ]);
    case 'service':
      return rng.weighted([
        [`src/services/${f}/${base}Service.${ext}`, 3],
        [`src/api/${base}Client.${ext}`, 1],
        [`server/services/${f}/${e.Name}Service.${ext}`, 2],
      ]);
    case 'types':
      return rng.weighted([[`src/types/${f}/${base}.${ext}`, 2], [`src/models/${f}/${e.Name}.${ext}`, 1]]);
    case 'hook':
      return rng.weighted([[`src/hooks/use${e.Plural}.${ext}`, 1], [`src/features/${f}/hooks/use${e.Name}${sfx}.${ext}`, 3]]);
    case 'store':
      return rng.weighted([[`src/store/${e.name}Slice.${ext}`, 1], [`src/features/${f}/store/${e.name}${sfx}Slice.${ext}`, 3]]);
    case 'config':
      return rng.weighted([[`config/${base}.${ext}`, 1], [`server/config/${f}/${base}.${ext}`, 2]]);
    case 'node':
      return rng.weighted([[`scripts/${f}/${base}${rng.pick(['Import', 'Backfill', 'Export', 'Sync'])}.${ext}`, 1], [`server/jobs/${f}/${base}Job.${ext}`, 2]]);
    default:
      return `src/misc/${base}.${ext}`;
  }
}

const CLARIFAI_PATH_HINTS = {
  react: [
    { comp: 'FaceRecognition' }, { comp: 'ImageLinkForm' }, { comp: 'FaceDetector' }, { comp: 'PhotoTagger' },
    { comp: 'ImageAnalyzer' }, { comp: 'UploadInsights' }, { comp: 'MealScanner' }, { comp: 'AutoTagger' },
  ],
  server: [{ base: 'image' }, { base: 'predict' }, { base: 'vision' }, { base: 'clarifai' }, { base: 'faceDetect' }, { base: 'tagging' }, { base: 'uploads' }],
  module: [{ base: 'clarifai' }, { base: 'visionApi' }, { base: 'imageTagging' }, { base: 'detectFaces' }, { base: 'foodRecognition' }, { base: 'classifier' }],
};

// ------------------------------------------------------------------------------------------------
// Assemble one source file

function blockPoolFor(c) {
  const g = [G.constMap, G.formatDate, G.currency, G.groupBy, G.debounce, G.retry, G.fetchOwnApi, G.saveOwnApi, G.validate, G.stringUtils, G.arrayUtils, G.totals, G.queryString, G.dates, G.logger, G.statusColor, G.pagination, G.deepMerge, G.cacheClass, G.httpError, G.emitter, G.featureFlags, G.mapper];
  const ts = c.ts ? [TS.model, TS.enumBlock, TS.repository, TS.apiClient, TS.typeUtils, TS.overloads, TS.model] : [];
  // generic arrow functions (<T,>) are only used in .ts to keep .tsx unambiguous
  if (c.ts && !c.jsx) ts.push(TS.result);
  switch (c.kind) {
    case 'react':
      return [R.badge, R.emptyState, R.table, R.modal, R.form, R.listItem, R.hookInline, R.badge, R.form, G.formatDate, G.constMap, G.statusColor, G.storage, G.debounce, G.currency, G.validate, G.fetchOwnApi];
    case 'server':
      return [S.list, S.getOne, S.create, S.update, S.remove, S.middleware, S.rateLimit, S.externalService, S.health, S.list, S.create, G.mapper, G.validate, G.retry, G.logger, G.httpError, G.pagination];
    case 'hook':
      return [H.useResource, H.useToggle, H.useLocalStorage, H.useResource, G.debounce, G.storage, G.queryString, G.constMap];
    case 'store':
      return [ST.slice, ST.selectors, ST.slice, G.mapper, G.groupBy, G.constMap];
    case 'config':
      return [CFG.section, CFG.section, CFG.section, G.featureFlags, G.deepMerge];
    case 'types':
      return c.ts ? [TS.model, TS.enumBlock, TS.typeUtils, TS.overloads, TS.model, TS.result, G.constMap] : g;
    case 'service':
      return [...ts, ...ts, G.fetchOwnApi, G.saveOwnApi, G.retry, G.cacheClass, G.httpError, G.mapper, G.validate];
    default:
      return g.concat(ts);
  }
}

function kindHeader(c) {
  const top = [];
  const footer = [];
  if (c.kind === 'server') {
    if (c.ts) {
      c.need('express', { named: ['Router'], types: ['Request', 'Response', 'NextFunction'] });
      top.push('const router = Router();');
    } else {
      c.need('express', { def: 'express' });
      top.push('const router = express.Router();');
    }
    c.used.add('router');
    footer.push(c.esm ? 'export default router;' : 'module.exports = router;');
  }
  return { top, footer };
}

const STYLE_HEADERS = [
  null,
  null,
  null,
  (c) => `/**\n * ${c.relPath}\n */`,
  (c) => (c.esm ? null : `'use strict';`),
  () => `// @ts-check`,
];

/**
 * Generate one source file.
 * @returns {{ text: string, lines: number, anchors: Record<string, number> | null, tags: string[] }}
 */
function generateSourceFile(rng, plan) {
  const { kind, ext, esm, special, relPath, targetLines } = plan;
  const ts = ext === 'ts' || ext === 'tsx';
  const jsx = ext === 'tsx' || ext === 'jsx' || (ext === 'js' && kind === 'react');
  const c = makeCtx(rng, { ts, jsx, esm, kind, ext, exportHelpers: kind !== 'server' && kind !== 'react' && kind !== 'node' });
  c.relPath = relPath;
  const header = kindHeader(c);

  // special (shape / decoy) first, so that it reserves its names
  let sp = null;
  if (special && special.type === 'shape') {
    sp = SHAPE_BUILDERS[special.id](c, plan.host);
  } else if (special && special.type === 'decoy') {
    const d = DECOY_BUILDERS[special.id](c);
    sp = { imports: [], top: d.top, block: d.block, isMain: false, anchors: {}, tags: [] };
  }

  let main = null;
  if (kind === 'react' && !(sp && sp.isMain)) {
    const compName = c.uniq(relPath.split('/').pop().replace(/\.\w+$/, '').replace(/[^A-Za-z0-9]/g, ''));
    main = reactMain(c, compName);
  }

  const pool = blockPoolFor(c);
  const fillers = [];
  const fixedText = [sp ? sp.block : '', sp && sp.top ? sp.top : '', main ? main.text : ''].join('\n');
  let lines = countLines(fixedText) + 8;
  const addFiller = (limit) => {
    for (let tries = 0; tries < 40; tries++) {
      const b = rng.pick(pool)(c);
      if (!b) continue;
      const n = countLines(b) + 1;
      if (lines + n > limit) continue;
      fillers.push(b);
      lines += n;
      return true;
    }
    return false;
  };
  while (lines < targetLines && addFiller(585));
  const spAt = sp && !sp.isMain ? rng.int(0, fillers.length) : -1;
  const hdr = rng.pick(STYLE_HEADERS);
  const hdrText0 = hdr ? hdr(c) : null;
  const hdrText = hdrText0 && !(hdrText0 === '// @ts-check' && c.ts) ? hdrText0 : null;

  let parts;
  let blocks;
  let spTopIndex;
  let firstBlockIndex;
  let importsIndex;
  const assemble = () => {
    blocks = fillers.slice();
    // the special block goes among the fillers (react mains go last)
    if (sp && !sp.isMain) blocks.splice(Math.min(spAt, blocks.length), 0, sp.block);
    if (sp && sp.isMain) blocks.push(sp.block);
    if (main) blocks.push(main.text);
    const propTypesFooter = c.propTypesFor
      ? `${c.propTypesFor}.propTypes = {\n  title: PropTypes.string,\n  pageSize: PropTypes.number,\n  onOpen: PropTypes.func,\n};`
      : '';
    parts = [];
    if (hdrText) parts.push(hdrText);
    const importLines = (sp ? sp.imports : []).concat(renderImports(c));
    importsIndex = importLines.length ? parts.push(importLines.join('\n')) - 1 : -1;
    const topLines = [...header.top, ...c.tops.values()];
    if (topLines.length) parts.push(topLines.join('\n'));
    spTopIndex = sp && sp.top ? parts.push(sp.top) - 1 : -1;
    firstBlockIndex = parts.length;
    parts.push(...blocks);
    if (propTypesFooter) parts.push(propTypesFooter);
    const exportsFooter = [];
    if (!c.esm && c.exports.length) {
      // only names whose declaration made it into the file (blocks can be dropped for size)
      const body = blocks.join('\n');
      const names = [...new Set(c.exports)].filter((n) => new RegExp(`(?:function|const|class|let) ${n}\\b`).test(body));
      if (names.length) exportsFooter.push(`module.exports = {\n${names.map((n) => `  ${n},`).join('\n')}\n};`);
    }
    const footer = [...(main && main.footer ? [main.footer] : []), ...header.footer, ...exportsFooter];
    if (footer.length) parts.push(footer.join('\n'));
    let total = 0;
    for (const p of parts) total += countLines(p) + 1;
    return total - 1;
  };
  // exact size control: 50..600 lines
  let total = assemble();
  for (let guard = 0; total < 50 && guard < 20; guard++) {
    lines = total;
    if (!addFiller(590)) break;
    total = assemble();
  }
  while (total > 600 && fillers.length) {
    fillers.pop();
    total = assemble();
  }

  // line numbers of anchors
  let anchors = null;
  let text = '';
  const partStart = [];
  let line = 1;
  for (let i = 0; i < parts.length; i++) {
    partStart.push(line);
    line += countLines(parts[i]) + 1; // blank line between parts
  }
  text = parts.join('\n\n') + '\n';
  if (sp && special.type === 'shape') {
    anchors = {};
    const spBlockIndex = firstBlockIndex + blocks.indexOf(sp.block);
    for (const [name, needle] of Object.entries(sp.anchors)) {
      let found = -1;
      for (const idx of [spBlockIndex, spTopIndex, importsIndex]) {
        if (idx < 0) continue;
        const pos = parts[idx].indexOf(needle);
        if (pos !== -1) {
          found = partStart[idx] + countLines(parts[idx].slice(0, pos)) - 1;
          break;
        }
      }
      if (found === -1) throw new Error(`anchor ${needle} not found for ${special.id} in ${relPath}`);
      anchors[name] = found;
    }
  }
  return { text, anchors, tags: sp ? sp.tags : [] };
}

// Formatting variation that keeps every line in place
function applyStyle(rng, text, ext) {
  const isJs = ext === 'js' || ext === 'jsx';
  const quote = rng.chance(ext.startsWith('t') ? 0.4 : 0.3) ? 'double' : 'single';
  const semi = isJs ? !rng.chance(0.2) : true;
  const ind = rng.weighted([['2', 75], ['4', 20], ['tab', 5]]);
  const crlf = rng.chance(0.03);
  let out = text;
  // single -> double quotes on code lines only (comment lines keep their apostrophes)
  if (quote === 'double') {
    out = out.replace(/^(?![ \t]*(?:\/\/|\/\*|\*)).*'.*$/gm, (line) => line.replace(/'([^'"\\\n`]*)'/g, '"$1"'));
  }
  if (!semi) out = out.replace(/;$/gm, '');
  if (ind === '4') out = out.replace(/^( +)/gm, (m) => m + m);
  else if (ind === 'tab') out = out.replace(/^((?: {2})+)/gm, (m) => '\t'.repeat(m.length / 2));
  if (crlf) out = out.replace(/\n/g, '\r\n');
  const tags = [];
  if (quote === 'double') tags.push('double-quotes');
  if (!semi) tags.push('no-semicolons');
  if (ind !== '2') tags.push(ind === 'tab' ? 'tabs' : 'indent-4');
  if (crlf) tags.push('crlf');
  return { text: out, tags };
}

// ------------------------------------------------------------------------------------------------
// node_modules/ and dist/ noise

function nodeModulesFiles(rng) {
  const out = [];
  const add = (p, text) => out.push([p, text]);
  const pkgJson = (name, version, main = 'index.js') =>
    JSON.stringify({ name, version, main, license: 'MIT' }, null, 2) + '\n';

  // Clarifai packages and packages that call Clarifai (must be ignored by the tools)
  add('node_modules/clarifai/package.json', pkgJson('clarifai', '2.9.1', 'dist/index.js'));
  add('node_modules/clarifai/README.md', `# Clarifai API JavaScript Client\n\n\`\`\`js\nconst app = new Clarifai.App({ apiKey: 'YOUR_API_KEY' });\napp.models.predict(Clarifai.GENERAL_MODEL, 'https://samples.clarifai.com/metro-north.jpg');\n\`\`\`\n`);
  add('node_modules/clarifai/src/App.js', `const axios = require('axios');
const Models = require('./Models');
const { API } = require('./constants');

class App {
  constructor(arg1, arg2, arg3) {
    const optionsObj = typeof arg1 === 'object' ? arg1 : arg3 || {};
    this._config = {
      apiEndpoint: optionsObj.apiEndpoint || process.env.API_ENDPOINT || 'https://api.clarifai.com',
      apiKey: optionsObj.apiKey,
      userId: optionsObj.userId,
      appId: optionsObj.appId,
    };
    this._validate();
    this.models = new Models(this._config);
  }

  _validate() {
    if (!this._config.apiKey) {
      throw new Error('The following param is required: apiKey');
    }
  }

  headers() {
    return {
      Authorization: \`Key \${this._config.apiKey}\`,
      'X-Clarifai-Client': 'js:2.9.1',
    };
  }
}

module.exports = App;
`);
  add('node_modules/clarifai/src/Models.js', `const axios = require('axios');

class Models {
  constructor(config) {
    this._config = config;
  }

  predict(model, inputs, config = {}) {
    const id = typeof model === 'string' ? model : model.id;
    const url = this._config.apiEndpoint + '/v2/models/' + id + '/outputs';
    return axios.post(url, { inputs: [].concat(inputs).map((u) => ({ data: { image: { url: u } } })) }, {
      headers: { Authorization: 'Key ' + this._config.apiKey },
    });
  }
}

module.exports = Models;
`);
  add('node_modules/clarifai/src/index.js', `const App = require('./App');

module.exports = global.Clarifai = {
  App,
  GENERAL_MODEL: 'aaa03c23b3724a16a56b629203edc62c',
  FOOD_MODEL: 'bd367be194cf45149e75f01d59f77ba7',
  FACE_DETECT_MODEL: 'a403429f2ddf4b49b307e318f00e528b',
  COLOR_MODEL: 'eeed0b6733a644cea07cf4c60f87ebb7',
};
`);
  add('node_modules/clarifai/dist/index.js', `"use strict";var App=require("./App");var app=new App({apiKey:process.env.CLARIFAI_API_KEY});module.exports=function(u){return app.models.predict("aaa03c23b3724a16a56b629203edc62c",u)};\n`);
  add('node_modules/clarifai-nodejs-grpc/package.json', pkgJson('clarifai-nodejs-grpc', '11.11.0', 'src/index.js'));
  add('node_modules/clarifai-nodejs-grpc/src/index.js', `const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

class ClarifaiStub {
  static grpc(base = undefined) {
    const target = base || process.env.CLARIFAI_GRPC_BASE || 'api.clarifai.com';
    return new V2(target, grpc.ChannelCredentials.createSsl());
  }

  static insecureGrpc() {
    return new V2('api-grpc.clarifai.com:18080', grpc.credentials.createInsecure());
  }
}

const packageDefinition = protoLoader.loadSync(__dirname + '/../proto/clarifai/api/service.proto', { keepCase: true });
const V2 = grpc.loadPackageDefinition(packageDefinition).clarifai.api.V2;

module.exports = { ClarifaiStub, grpc };
`);
  add('node_modules/clarifai-nodejs-grpc/examples/predict.js', `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

stub.PostModelOutputs(
  {
    model_id: 'aaa03c23b3724a16a56b629203edc62c',
    inputs: [{ data: { image: { url: 'https://samples.clarifai.com/dog2.jpeg' } } }],
  },
  metadata,
  (err, response) => {
    if (err) {
      throw new Error(err);
    }
    for (const c of response.outputs[0].data.concepts) {
      console.log(c.name + ': ' + c.value);
    }
  },
);
`);
  add('node_modules/clarifai-nodejs-grpc/README.md', `# Clarifai Node.js gRPC client\n\nmetadata.set("authorization", "Key YOUR_CLARIFAI_API_KEY");\n`);
  add('node_modules/clarifai-nodejs/package.json', pkgJson('clarifai-nodejs', '0.4.0', 'dist/main.js'));
  add('node_modules/clarifai-nodejs/dist/main.js', `"use strict";
class Model {
  constructor({ url, modelId, authConfig = {} }) {
    this.modelId = modelId;
    this.userId = authConfig.userId;
    this.appId = authConfig.appId;
    this.pat = authConfig.pat || process.env.CLARIFAI_PAT;
    this.base = authConfig.base || 'https://api.clarifai.com';
  }
  get metadata() {
    return [['authorization', \`Key \${this.pat}\`]];
  }
}
const example = new Model({ modelId: 'general-image-recognition', authConfig: { userId: 'me1', appId: 'myapp', pat: process.env.CLARIFAI_PAT } });
exports.Model = Model;
exports.example = example;
`);
  add('node_modules/clarifai-nodejs/dist/types.d.ts', `export type AuthConfig = { userId: string; appId: string; pat: string; base?: string } | Record<string, never>;\nexport declare class Model {\n  constructor(config: { url?: string; modelId?: string; authConfig?: AuthConfig });\n  predictByUrl(args: { url: string; inputType: 'image' | 'text' }): Promise<unknown[]>;\n}\n`);
  add('node_modules/react-face-box-clarifai/package.json', pkgJson('react-face-box-clarifai', '0.3.2', 'lib/index.js'));
  add('node_modules/react-face-box-clarifai/lib/index.js', `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detect = detect;
function detect(imageUrl, apiKey) {
  return fetch("https://api.clarifai.com/v2/models/face-detection/outputs", {
    method: "POST",
    headers: { Authorization: "Key " + apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] })
  }).then(function (r) { return r.json(); });
}
`);

  // Ordinary packages (generated CJS/TS-declaration content)
  const pkgs = [
    'react', 'react-dom', 'express', 'axios', 'lodash', 'dayjs', 'uuid', 'classnames', 'cors', 'body-parser',
    'dotenv', 'jsonwebtoken', 'prop-types', 'scheduler', 'debug', 'ms', 'qs', 'mime-types', 'cookie',
    'on-finished', 'depd', 'http-errors', 'statuses', 'content-type', 'raw-body', 'iconv-lite',
    'safe-buffer', 'semver', 'chalk', 'commander', '@reduxjs/toolkit', 'react-router-dom', 'immer',
    'reselect', 'follow-redirects', 'form-data', 'combined-stream', 'delayed-stream', 'asynckit',
    '@babel/runtime', '@types/react', '@types/node', '@types/express',
  ];
  for (const name of pkgs) {
    add(`node_modules/${name}/package.json`, pkgJson(name, `${rng.int(0, 18)}.${rng.int(0, 30)}.${rng.int(0, 12)}`));
    if (name.startsWith('@types/')) {
      for (const f of ['index.d.ts', 'globals.d.ts']) {
        add(`node_modules/${name}/${f}`, `// Type definitions for ${name.slice(7)}\nexport interface Options${rng.int(1, 99)} {\n  enabled?: boolean;\n  name: string;\n}\nexport declare function create(options?: Partial<Record<string, unknown>>): void;\n`);
      }
      continue;
    }
    add(`node_modules/${name}/README.md`, `# ${name}\n`);
    const nFiles = rng.int(3, 6);
    for (let i = 0; i < nFiles; i++) {
      const rel = i === 0 ? 'index.js' : `lib/${rng.pick(['utils', 'core', 'helpers', 'parse', 'compat', 'runtime', 'internal'])}${i}.js`;
      const res = generateSourceFile(rng, {
        kind: 'util', ext: 'js', esm: false, special: null, relPath: `node_modules/${name}/${rel}`, targetLines: rng.int(20, 90),
      });
      add(`node_modules/${name}/${rel}`, res.text);
    }
  }
  add('node_modules/.package-lock.json', '{\n  "name": "bench-app",\n  "lockfileVersion": 3,\n  "packages": {}\n}\n');

  // A nested node_modules (workspace package) that also calls Clarifai
  add('server/node_modules/vision-helpers/package.json', pkgJson('vision-helpers', '1.0.0'));
  add('server/node_modules/vision-helpers/index.js', `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

module.exports = function predict(url, cb) {
  stub.PostModelOutputs({ model_id: 'aaa03c23b3724a16a56b629203edc62c', inputs: [{ data: { image: { url } } }] }, metadata, cb);
};
`);
  return out;
}

function distFiles(rng) {
  const fns = [];
  const names = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < 400; i++) {
    const n = '_' + names[i % 26] + (i >> 4).toString(36);
    fns.push(`function ${n}(e,t){return e&&t?{...e,k${i}:t}:e||t}`);
  }
  const clarifai = `const Cq="https://api.clarifai.com/v2/models/face-detection/outputs";function Cd(e){return fetch(Cq,{method:"POST",headers:{Accept:"application/json",Authorization:"Key "+{}.VITE_CLARIFAI_API_KEY},body:JSON.stringify({inputs:[{data:{image:{url:e}}}]})}).then(t=>t.json())}`;
  const bundle = `(function(){"use strict";${fns.slice(0, 200).join(';')};${clarifai};${fns.slice(200).join(';')};window.__detect=Cd})();\n`;
  const hash = (fnv1a(bundle) >>> 0).toString(16).padStart(8, '0');
  return [
    [`dist/assets/index-${hash}.js`, bundle],
    ['dist/index.html', `<!doctype html>\n<html><head><script type="module" src="/assets/index-${hash}.js"></script></head><body><div id="root"></div></body></html>\n`],
    ['dist/server/vision.js', `"use strict";\nconst { ClarifaiStub, grpc } = require("clarifai-nodejs-grpc");\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set("authorization", "Key " + process.env.CLARIFAI_API_KEY);\nexports.predict = (url, cb) => stub.PostModelOutputs({ model_id: "aaa03c23b3724a16a56b629203edc62c", inputs: [{ data: { image: { url } } }] }, metadata, cb);\n`],
  ];
}

// ------------------------------------------------------------------------------------------------
// Repository

function normalizeSeed(seed) {
  if (seed === undefined || seed === null) return 1;
  if (typeof seed === 'number' && Number.isFinite(seed)) return seed >>> 0;
  const s = String(seed);
  return /^\d+$/.test(s) ? Number(s) >>> 0 : fnv1a(s);
}

function safeClean(dir) {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return;
  if (!entries.includes('ground-truth.json')) {
    throw new Error(`refusing to overwrite ${dir}: not empty and has no ground-truth.json (not a generated tree)`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Generate a synthetic repository.
 * @param {{ dir: string, files: number, clarifaiFraction?: number, seed?: number|string, clean?: boolean }} opts
 */
export function generateRepo({ dir, files, clarifaiFraction = 0.02, seed = 1, clean = true } = {}) {
  if (!dir) throw new Error('generateRepo: dir is required');
  if (!Number.isInteger(files) || files < 1) throw new Error('generateRepo: files must be a positive integer');
  if (!(clarifaiFraction >= 0 && clarifaiFraction <= 1)) throw new Error('generateRepo: clarifaiFraction must be in [0, 1]');
  const t0 = performance.now();
  const seedNum = normalizeSeed(seed);
  const root = path.resolve(dir);
  if (clean) safeClean(root);
  const tClean = performance.now();

  const planRng = new Rng(fnv1a(`plan:${seedNum}`));

  // which files are special
  const order = planRng.shuffle(Array.from({ length: files }, (_, i) => i));
  const nClarifai = Math.min(files, Math.round(files * clarifaiFraction));
  const nDecoy = Math.min(files - nClarifai, Math.round((files - nClarifai) * DECOY_FRACTION));
  const shapeOrder = planRng.shuffle(SHAPES.map((s) => s.id));
  const decoyOrder = planRng.shuffle([...DECOYS]);
  const specials = new Array(files).fill(null);
  const clarifaiIdx = order.slice(0, nClarifai).sort((a, b) => a - b);
  clarifaiIdx.forEach((fi, k) => {
    specials[fi] = { type: 'shape', id: shapeOrder[k % shapeOrder.length] };
  });
  const decoyIdx = order.slice(nClarifai, nClarifai + nDecoy).sort((a, b) => a - b);
  decoyIdx.forEach((fi, k) => {
    specials[fi] = { type: 'decoy', id: decoyOrder[k % decoyOrder.length] };
  });

  const usedPaths = new Set();
  const writes = [];
  const truth = {};
  const byShape = Object.fromEntries(SHAPES.map((s) => [s.id, 0]));
  const byDecoy = Object.fromEntries(DECOYS.map((d) => [d, 0]));
  const byRule = {};
  const byExt = { ts: 0, tsx: 0, js: 0, jsx: 0 };
  let expectedFindings = 0;
  let totalLines = 0;

  for (let i = 0; i < files; i++) {
    const rng = new Rng(fnv1a(`file:${seedNum}:${i}`));
    const special = specials[i];
    let kind;
    let ext;
    let esm;
    let host = null;
    if (special && special.type === 'shape') {
      const [h, e, m] = rng.weighted(SHAPE_HOSTS[special.id].map((x) => [x, x[3]]));
      host = h;
      ext = e;
      esm = m;
      kind = h === 'react' ? 'react' : h === 'server' ? 'server' : ext === 'ts' ? 'service' : 'util';
    } else {
      kind = rng.weighted(KIND_WEIGHTS);
      [ext, esm] = pickExt(rng, kind);
    }
    // path
    let rel;
    for (let attempt = 0; ; attempt++) {
      let hint = null;
      if (host && rng.chance(0.6)) hint = rng.pick(CLARIFAI_PATH_HINTS[host]);
      rel = pathFor(rng, kind, ext, hint);
      if (attempt > 6) rel = rel.replace(/(\.\w+)$/, `${i}$1`);
      if (!usedPaths.has(rel.toLowerCase()) && !(special === null && /clarifai/i.test(rel))) break;
    }
    usedPaths.add(rel.toLowerCase());

    const targetLines = 50 + Math.floor(500 * Math.pow(rng.next(), 1.8));
    const res = generateSourceFile(rng, { kind, ext, esm, special, relPath: rel, targetLines, host });
    const styled = applyStyle(rng, res.text, ext);
    writes.push([rel, styled.text]);
    byExt[ext]++;
    totalLines += countLines(res.text) - 1;

    if (special && special.type === 'shape') {
      const shape = SHAPES.find((s) => s.id === special.id);
      byShape[shape.id]++;
      expectedFindings += shape.rules.length;
      for (const r of shape.rules) byRule[r] = (byRule[r] || 0) + 1;
      const entry = { shape: shape.id, rules: [...shape.rules], line: res.anchors.call };
      if (res.anchors.client !== undefined && res.anchors.client !== res.anchors.call) entry.clientLine = res.anchors.client;
      if (res.anchors.import !== undefined) entry.importLine = res.anchors.import;
      entry.host = host;
      entry.tags = [...res.tags, ...styled.tags];
      truth[rel] = [entry];
    } else if (special && special.type === 'decoy') {
      byDecoy[special.id]++;
      truth[rel] = [{ shape: special.id, rules: [], tags: styled.tags }];
    }
  }

  // noise
  const noiseRng = new Rng(fnv1a(`noise:${seedNum}`));
  const nm = nodeModulesFiles(noiseRng);
  const dist = distFiles(noiseRng);

  const sortedTruth = {};
  for (const k of Object.keys(truth).sort()) sortedTruth[k] = truth[k];
  const groundTruth = {
    generator: { version: GENERATOR_VERSION, seed: seedNum, files, clarifaiFraction, decoyFraction: DECOY_FRACTION },
    notes: [
      'files lists every file outside node_modules/ and dist/ that calls Clarifai (shapes) or is a decoy (rules: []).',
      'Any file not listed must produce no finding.',
      'line = 1-based line of the request-making call (fetch / axios.post / stub.X / .predict / new Model);',
      'clientLine = line where the credential or owner is configured, when that is elsewhere (metadata.set, new Clarifai.App).',
      'importLine = line of the require/import of a deprecated client (legacy shape).',
    ],
    files: sortedTruth,
    summary: {
      files,
      clarifaiFiles: nClarifai,
      byShape,
      decoyFiles: nDecoy,
      byDecoy,
      expectedFindings,
      byRule,
      byExt,
      totalLines,
      ignored: {
        nodeModulesFiles: nm.length,
        nodeModulesClarifaiFiles: nm.filter(([, t]) => /clarifai/i.test(t)).length,
        distFiles: dist.length,
      },
    },
  };

  const meta = [
    ['.gitignore', 'node_modules\ndist/\n.env\ncoverage/\n*.log\n'],
    ['package.json', JSON.stringify({
      name: `bench-app-${seedNum}`,
      private: true,
      version: '0.0.0',
      dependencies: {
        axios: '^1.12.0', clarifai: '2.9.1', 'clarifai-nodejs': '0.4.0', 'clarifai-nodejs-grpc': '11.11.0',
        express: '^4.21.0', react: '^18.3.1', 'react-dom': '^18.3.1', '@reduxjs/toolkit': '^2.2.0',
      },
    }, null, 2) + '\n'],
    ['README.md', `# bench-app-${seedNum}\n\nGenerated by bench/generate.mjs (${files} files, seed ${seedNum}). Do not edit.\n`],
    ['ground-truth.json', JSON.stringify(groundTruth, null, 2) + '\n'],
  ];

  // write
  const tGen = performance.now();
  const all = [...writes, ...nm, ...dist, ...meta];
  const dirs = new Set();
  for (const [rel] of all) dirs.add(path.dirname(path.join(root, rel)));
  fs.mkdirSync(root, { recursive: true });
  for (const d of [...dirs].sort()) fs.mkdirSync(d, { recursive: true });
  let bytes = 0;
  for (const [rel, text] of all) {
    fs.writeFileSync(path.join(root, rel), text);
    bytes += Buffer.byteLength(text);
  }
  const tEnd = performance.now();
  const ms = tEnd - t0;
  const timings = { cleanMs: tClean - t0, generateMs: tGen - tClean, writeMs: tEnd - tGen };
  return { dir: root, files, clarifaiFiles: nClarifai, decoyFiles: nDecoy, byShape, written: all.length, bytes, ms, timings, groundTruth };
}

// ------------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument: ${a}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (k === 'quiet' || k === 'help' || k === 'no-clean') {
      out[k] = true;
      continue;
    }
    out[k] = inline !== undefined ? inline : argv[++i];
    if (out[k] === undefined) throw new Error(`missing value for --${k}`);
  }
  return out;
}

const USAGE = `usage: node bench/generate.mjs --out <dir> --files <n> [--seed <n|string>] [--fraction 0.02] [--quiet] [--no-clean]
  Writes a synthetic repository into <dir>. An existing <dir> is replaced only if it holds a
  previously generated tree (ground-truth.json); otherwise it must be empty or absent.`;

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help || !args.out || !args.files) {
      console.log(USAGE);
      process.exit(args.help ? 0 : 2);
    }
    const files = Number(args.files);
    const fraction = args.fraction !== undefined ? Number(args.fraction) : 0.02;
    const r = generateRepo({ dir: args.out, files, clarifaiFraction: fraction, seed: args.seed ?? 1, clean: !args['no-clean'] });
    if (!args.quiet) {
      console.log(
        `generated ${r.files} source files (${r.clarifaiFiles} calling Clarifai, ${r.decoyFiles} decoys), ` +
          `${r.written} files written, ${(r.bytes / 1048576).toFixed(1)} MiB, in ${(r.ms / 1000).toFixed(2)} s ` +
          `(clean ${(r.timings.cleanMs / 1000).toFixed(2)}, generate ${(r.timings.generateMs / 1000).toFixed(2)}, write ${(r.timings.writeMs / 1000).toFixed(2)}) -> ${r.dir}`,
      );
      console.log('by shape: ' + Object.entries(r.byShape).map(([k, v]) => `${k}=${v}`).join(' '));
    }
  } catch (err) {
    console.error(String(err && err.message ? err.message : err));
    process.exit(1);
  }
}
