import type { EngineOptions, Finding } from '../types.js';

/** Legacy `clarifai` clients before 2.9 drop `userId`/`appId`: a fix that adds them would change nothing. */
export function legacyClientTooOld(options: EngineOptions): boolean {
  const match = /^(\d+)\.(\d+)/.exec(options.legacyClientVersion ?? '');
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major < 2 || (major === 2 && minor < 9);
}

/** With a client too old for them, legacy sites keep their findings but lose their fixes (no-deprecated-client says why). */
export function withoutFixesTooOldClientIgnores(findings: Finding[], options: EngineOptions): Finding[] {
  if (!legacyClientTooOld(options)) return findings;
  for (const f of findings) if (f.facts?.client === 'legacy') delete f.fix;
  return findings;
}
