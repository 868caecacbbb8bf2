import type { CredentialKind, EngineOptions } from './types.js';

/** Splits `REACT_APP_CLARIFAI_API_KEY`, `clarifaiApiKey`, `api-key` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** What kind of secret a name suggests; names are all a rule can go on (both kinds travel as `Key <token>`). */
export function kindFromName(name: string, options: EngineOptions): CredentialKind {
  const lower = name.toLowerCase();
  if (options.patNames?.some((n) => n.toLowerCase() === lower)) return 'pat';
  if (options.apiKeyNames?.some((n) => n.toLowerCase() === lower)) return 'api-key';
  const w = words(name);
  if (w.includes('pat') || (w.includes('personal') && w.includes('access'))) return 'pat';
  if (w.includes('secret')) return 'client-secret';
  if (w.includes('key') || w.includes('apikey')) return 'api-key';
  return 'unknown';
}

/**
 * The kind of a credential from the names met between its use and its source (nearest first): the name closest
 * to the source wins, so `const apiKey = process.env.CLARIFAI_PAT` is a PAT.
 */
export function classifyNames(
  names: readonly string[],
  options: EngineOptions,
): { kind: CredentialKind; name?: string; conflict?: string } {
  for (let i = names.length - 1; i >= 0; i--) {
    const kind = kindFromName(names[i]!, options);
    if (kind === 'unknown') continue;
    const conflict = disagreeing(names.slice(0, i), kind, options);
    return { kind, name: names[i]!, ...(conflict ? { conflict } : {}) };
  }
  return names.length > 0 ? { kind: 'unknown', name: names[0]! } : { kind: 'unknown' };
}

/**
 * A name nearer the use that says the other kind of secret (`const PAT = process.env.CLARIFAI_API_KEY`): the
 * evidence conflicts, and the code may well be right. Only names count: comments go stale, and a PAT and an
 * API key look alike (32 hex characters), so a value's shape never decides.
 */
function disagreeing(nearer: readonly string[], kind: CredentialKind, options: EngineOptions): string | undefined {
  if (kind !== 'pat' && kind !== 'api-key') return undefined;
  return nearer.find((name) => {
    const other = kindFromName(name, options);
    return (other === 'pat' || other === 'api-key') && other !== kind;
  });
}

const PLACEHOLDER =
  /your|here|xxx|placeholder|change.?me|insert|replace|enter|example|sample|dummy|redacted|^<.*>$|^\$\{.*\}$|^\*+$|^\.+$/i;

/** A literal that looks like a real Clarifai key or PAT rather than a docs placeholder such as `YOUR_PAT_HERE`. */
export function looksLikeSecret(value: string): boolean {
  if (value.length < 20 || value.length > 200 || /\s/.test(value)) return false;
  if (PLACEHOLDER.test(value)) return false;
  if (!/^[A-Za-z0-9_\-.]+$/.test(value)) return false;
  // A real token mixes letters and digits; `aaaaaaaaaaaaaaaaaaaaaaa` or a word is not one.
  return /[0-9]/.test(value) && /[a-z]/i.test(value) && new Set(value).size >= 4;
}
