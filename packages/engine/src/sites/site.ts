import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../ast.js';
import type { ClientKind, CredentialKind, TextEdit } from '../types.js';

/** One half of an owner as the call writes it: a static value, an env var, or only a name. */
export interface OwnerPart {
  value?: string;
  envName?: string;
  names: string[];
}

export type OwnerState =
  | { kind: 'missing' }
  | { kind: 'named'; user: OwnerPart; app: OwnerPart }
  /** The owner is decided at run time in a way the engine cannot follow (a parameter, a computed body). */
  | { kind: 'unknown' };

/** The owner a fix writes: fixed ids (`clarifai` / `main`) or expressions that read the environment. */
export type OwnerSpec =
  | { kind: 'literal'; userId: string; appId: string }
  | { kind: 'code'; user: string; app: string };

/** A string written in source: a plain literal, or a template literal with nothing interpolated. */
export type SecretLiteral = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

export function literalText(node: SecretLiteral): string {
  return node.type === 'Literal' ? node.value : node.quasis.map((q) => q.value.cooked ?? '').join('');
}

export interface Credential {
  kind: CredentialKind;
  /** The name the kind was read from (variable, env var or property); never the value. */
  name?: string;
  /** A nearer name that says the other kind of secret (`PAT` over `CLARIFAI_API_KEY`): the kind is a guess. */
  conflict?: string;
  /** A secret written in source that reaches this call. */
  literal?: SecretLiteral;
  scheme: 'key' | 'bearer' | 'none';
  /**
   * What carries the credential (the `Authorization` value, the `metadata.set` call, the client constructor).
   * Calls that share it share one secret: switching it for one switches it for all.
   */
  carrier?: Node;
}

export interface Resource {
  /** `user-data`: what a user-scoped endpoint reaches (it names a user, no app). */
  kind: 'model' | 'workflow' | 'app-data' | 'user-data';
  /** The model or workflow id when it is known statically. */
  id?: string;
  /** Without a static id: every id the call takes in turn (a call made once per element of a constant list). */
  candidates?: string[];
}

export interface CallSite {
  client: ClientKind;
  /** The call to report. */
  node: Node;
  resource: Resource;
  credential: Credential;
  owner: OwnerState;
  /**
   * Edits that make this call name `owner` (added where it names none, replaced at this call where it names
   * another) and, when `token` is given, send that expression as its credential. Undefined when the source
   * does not allow a faithful edit.
   */
  retarget(owner: OwnerSpec, token?: string): TextEdit[] | undefined;
}
