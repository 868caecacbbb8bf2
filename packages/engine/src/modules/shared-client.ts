import { fileContext } from '../analyze.js';
import { fix } from '../rules/report.js';
import { isLegacyAppConstructor, moveAppAt, usesOfImportedApp } from '../sites/legacy.js';
import type { OwnerSpec } from '../sites/site.js';
import type { EngineInput, EngineOptions, Fix } from '../types.js';
import { linkerFor } from './linker.js';

/**
 * A client that one module creates and others use (a finding's `definedIn`, as an absolute path). The codemod
 * moves it (PAT from the environment, owner clarifai/main) only when every use in the project is a prediction
 * of a Clarifai-owned resource; these two functions give it the facts and the fix, so that the fix is written once,
 * here.
 */
export interface SharedClient {
  path: string;
  line: number;
}

const CLARIFAI_MAIN: OwnerSpec = { kind: 'literal', userId: 'clarifai', appId: 'main' };

/**
 * How the file `input` uses the legacy `Clarifai.App` created at `client`: how many uses (variables that hold it,
 * `require` written inline), and whether each one is a prediction of a model or workflow clarifai/main owns.
 */
export function sharedClientUses(input: EngineInput, client: SharedClient, options: EngineOptions = {}): { uses: number; servesOnlyClarifaiMain: boolean } {
  const none = { uses: 0, servesOnlyClarifaiMain: false };
  if (!input.modules) return none;
  const ctx = fileContext(input, options);
  const home = linkerFor(input.modules).exportsOf(client.path)?.ctx;
  const ctor = home?.news.find((n) => home.loc(n.range).start.line === client.line && isLegacyAppConstructor(home, n));
  if (!ctor) return none;
  const { uses, servesOnly } = usesOfImportedApp(ctx, ctor, CLARIFAI_MAIN);
  return { uses, servesOnlyClarifaiMain: servesOnly };
}

/** The fix for the module that creates the client at `line`: it sends a PAT read from the environment and names clarifai/main. */
export function sharedClientFix(input: EngineInput, line: number, options: EngineOptions = {}): Fix | undefined {
  const ctx = fileContext(input, options);
  const envRead = ctx.envRead('CLARIFAI_PAT');
  // Where the client's code runs, no env read can exist (a plain page): there is no PAT to switch to.
  if (!envRead) return undefined;
  return fix('needs-review', 'switchToPat', { envRead, owner: 'clarifai/main' }, moveAppAt(ctx, line, CLARIFAI_MAIN, envRead), [ctx.envVar('CLARIFAI_PAT')!]);
}
