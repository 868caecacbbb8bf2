import data from '../catalogue/rest-scopes.json' with { type: 'json' };

/** What a REST path needs the call to name, read from the data beside the catalogue (catalogue/rest-scopes.json). */
export type PathNeeds = 'app' | 'user' | 'model' | 'workflow' | 'none';

export interface PathScope {
  needs: PathNeeds;
  /** The index of the segment that names the model or workflow (`{id}`), when the pattern has one. */
  idSegment?: number;
}

const PATTERNS = data.paths.map(({ path, needs }) => ({ segments: path.split('/'), needs: needs as PathNeeds }));

/** The first pattern that matches the path's segments (after `/v2/` and any `users/{u}/apps/{a}/` prefix). */
export function scopeOfPath(segments: readonly string[]): PathScope {
  for (const { segments: pattern, needs } of PATTERNS) {
    const id = match(pattern, segments);
    if (id !== false) return id === undefined ? { needs } : { needs, idSegment: id };
  }
  return { needs: 'app' };
}

/** `false` when the pattern does not match; otherwise the index of the `{id}` segment, if any. */
function match(pattern: readonly string[], segments: readonly string[]): number | undefined | false {
  let id: number | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    if (want === '**') return id;
    const have = segments[i];
    if (have === undefined) return false;
    if (want === '{id}') {
      if (have === '') return false;
      id = i;
    } else if (want !== '*' && want !== have) {
      return false;
    }
  }
  return segments.length === pattern.length ? id : false;
}
