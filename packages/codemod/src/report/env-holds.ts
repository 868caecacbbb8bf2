import { kindFromName, words } from '@clarifai-auth/engine';

/**
 * What an env var the migrated code reads must hold, told by its name as the engine tells credentials apart
 * (`CLARIFAI_PAT`, `REACT_APP_CLARIFAI_API_KEY`, `CLARIFAI_USER_ID`): someone setting it must know whether to
 * create a PAT or copy the app's API key. Undefined for a name that says neither.
 */
export function whatItHolds(name: string): string | undefined {
  const w = words(name);
  if (w.includes('user') && w.includes('id')) return "the user id of the app's owner";
  if (w.includes('app') && w.includes('id')) return "the app's id";
  const kind = kindFromName(name, {});
  if (kind === 'pat') return 'a PAT (create one under Security settings in your Clarifai account)';
  if (kind === 'api-key') return 'an API key of the app the code calls (a key reaches only the app it was created in)';
  return undefined;
}

/** `CLARIFAI_API_KEY, an API key of ...; CLARIFAI_PAT, a PAT (...)`: each name with what it holds. */
export function eachWithWhatItHolds(names: readonly string[]): string {
  const described = names.map((name) => {
    const what = whatItHolds(name);
    return what ? `${name}, ${what}` : name;
  });
  return described.join(described.some((d, i) => d !== names[i]) ? '; ' : ', ');
}

/** `CLARIFAI_PAT and VITE_CLARIFAI_PAT hold a PAT (...); CLARIFAI_API_KEY holds an API key of ...`, or '' when none says. */
export function whatTheyHold(names: readonly string[]): string {
  const byWhat = new Map<string, string[]>();
  for (const name of names) {
    const what = whatItHolds(name);
    if (what) byWhat.set(what, [...(byWhat.get(what) ?? []), name]);
  }
  return [...byWhat]
    .map(([what, holders]) => `${listed(holders)} ${holders.length === 1 ? 'holds' : 'hold'} ${what}`)
    .join('; ');
}

/** `A`, `A and B`, `A, B and C`. */
function listed(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
