import type { TSESTree } from '@typescript-eslint/types';
import { propertyName, staticKeyName } from '../ast.js';
import type { FileContext } from '../context.js';
import { kindFromName, looksLikeSecret, words } from '../credentials.js';
import { definedElsewhere, definedInOf } from '../modules/elsewhere.js';
import { isForeign } from '../modules/home.js';
import { isLegacyAppConstructor } from '../sites/legacy.js';
import { readString } from '../strings.js';
import type { CredentialKind, Finding } from '../types.js';
import { literalText, type CallSite, type SecretLiteral } from '../sites/site.js';
import { envFix, facts, finding, fix, runtimeData, type Rule } from './report.js';

const ENV_NAME: Record<CredentialKind, string> = {
  pat: 'CLARIFAI_PAT',
  'api-key': 'CLARIFAI_API_KEY',
  'client-secret': 'CLARIFAI_PAT',
  unknown: 'CLARIFAI_PAT',
};
const LABEL: Record<CredentialKind, string> = {
  pat: 'PAT',
  'api-key': 'API key',
  'client-secret': 'client secret',
  unknown: 'key or PAT',
};

/** R7: a secret in source lives on in every clone and every commit; it belongs in the environment. */
export const noHardcodedCredentials: Rule = ({ ctx, sites }) => {
  const found = new Map<SecretLiteral, Finding>();
  // `site`: the call the secret is sent by, whose facts the finding carries (a report can tell a key that fed a
  // call from one only declared).
  const report = (literal: SecretLiteral, kind: CredentialKind, name: string, site?: CallSite) => {
    if (found.has(literal)) return;
    if (isForeign(literal)) {
      // Written in a module this file imports: reported at the call that sends it, and changed in that module
      // (its own run has the fix; the finding names it, see markDefinedElsewhere), never through this file's text.
      if (!site) return;
      const at = finding(ctx, 'no-hardcoded-credentials', 'hardcodedElsewhere', site.node, { kind: LABEL[kind], name }, { facts: facts(ctx, site) });
      const definedIn = definedInOf(ctx, literal);
      found.set(literal, definedIn ? definedElsewhere(at, definedIn) : at);
      return;
    }
    const fallback = literal.type === 'Literal' ? envFallback(ctx, literal) : undefined;
    // The name the fixed code reads (with the bundler's prefix), so that the message asks for the variable it uses.
    const envVar = (fallback && ctx.envName(fallback.left)) ?? `${ctx.style.env?.prefix ?? ''}${ENV_NAME[kind]}`;
    // `process.env.X || '<secret>'` keeps its env read and loses the fallback.
    const envRead = fallback ? ctx.source(fallback.left) : ctx.envRead(ENV_NAME[kind]);
    const data = { kind: LABEL[kind], name, envVar };
    if (!envRead) {
      // No env read can work where this code runs: the secret is not moved into a read that would be undefined.
      found.set(literal, finding(ctx, 'no-hardcoded-credentials', 'hardcodedNoEnv', literal, { ...data, ...runtimeData(ctx) }));
      return;
    }
    const keyPrefix = /^key\s+/i.exec(literalText(literal))?.[0];
    let replacement = envRead;
    if (keyPrefix && literal.type === 'TemplateLiteral') replacement = `\`${keyPrefix}\${${envRead}}\``;
    else if (keyPrefix) replacement = `${ctx.quote(keyPrefix, literal)} + ${envRead}`;
    const range = fallback ? fallback.range : literal.range;
    // A kept fallback read (`process.env.X || '...'`) needs no import; a new read may.
    const edits = [{ range, text: replacement }];
    const suggestion = fallback
      ? fix('needs-review', 'readFromEnv', { envRead }, edits, [envVar])
      : envFix(ctx, 'needs-review', 'readFromEnv', { envRead }, edits, [ENV_NAME[kind]]);
    found.set(
      literal,
      finding(ctx, 'no-hardcoded-credentials', 'hardcoded', literal, data, {
        ...(site ? { facts: facts(ctx, site) } : {}),
        ...(suggestion ? { fix: suggestion } : {}),
      }),
    );
  };

  for (const site of sites) {
    const { literal, kind, name } = site.credential;
    if (literal) report(literal, kind, name ?? 'Authorization header', site);
  }
  for (const ctor of ctx.news) {
    const config = isLegacyAppConstructor(ctx, ctor) && ctor.arguments[0] ? ctx.objects.asObject(ctor.arguments[0]) : undefined;
    const apiKey = config && ctx.objects.property(config, 'apiKey')?.value;
    if (apiKey?.type === 'Literal' && typeof apiKey.value === 'string' && looksLikeSecret(apiKey.value)) {
      report(apiKey as TSESTree.StringLiteral, 'api-key', 'apiKey');
    }
  }
  for (const literal of ctx.stringLiterals) {
    if (found.has(literal)) continue;
    const name = holderName(ctx, literal);
    if (!name || !looksLikeSecret(literal.value.replace(/^key\s+/i, ''))) continue;
    const kind = kindFromName(name, ctx.options);
    if ((kind === 'pat' || kind === 'api-key') && isClarifaiCredentialName(name)) report(literal, kind, name);
    else if (name === 'apiKey' && pointsAtClarifai(ctx, literal)) report(literal, 'pat', name);
  }
  return [...found.values()].sort((a, b) => a.range[0] - b.range[0]);
};

/** `process.env.X || '<literal>'` (or `??`): the env read with a secret as its fallback. */
function envFallback(ctx: FileContext, literal: TSESTree.StringLiteral): TSESTree.LogicalExpression | undefined {
  const parent = ctx.parents.get(literal);
  return parent?.type === 'LogicalExpression' && parent.right === literal && parent.operator !== '&&' && ctx.envName(parent.left)
    ? parent
    : undefined;
}

/**
 * The variable, property or class field a literal is assigned to: `const PAT = '...'`, `{ apiKey: '...' }`,
 * `private pat = '...'`, also as the fallback of an env read (`process.env.PAT || '...'`).
 */
function holderName(ctx: FileContext, literal: TSESTree.StringLiteral): string | undefined {
  const fallback = envFallback(ctx, literal);
  const value: TSESTree.Node = fallback ?? literal;
  const parent = ctx.parents.get(value);
  if (parent?.type === 'VariableDeclarator' && parent.init === value && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'Property' && parent.value === value) return propertyName(parent);
  if (parent?.type === 'PropertyDefinition' && parent.value === value) return staticKeyName(parent.key, parent.computed);
  if (fallback) return ctx.envName(fallback.left);
  if (parent?.type === 'AssignmentExpression' && parent.right === value) {
    const left = parent.left;
    if (left.type === 'Identifier') return left.name;
    if (left.type === 'MemberExpression' && !left.computed && left.property.type === 'Identifier') return left.property.name;
  }
  return undefined;
}

/** Names that say Clarifai (`CLARIFAI_KEY`) or PAT, the spelling Clarifai's docs and SDK use. */
function isClarifaiCredentialName(name: string): boolean {
  const w = words(name);
  return w.includes('clarifai') || w.includes('pat');
}

/** `new OpenAI({ baseURL: 'https://api.clarifai.com/v2/ext/openai/v1', apiKey: '...' })`: that key is a Clarifai PAT. */
function pointsAtClarifai(ctx: FileContext, literal: TSESTree.StringLiteral): boolean {
  const object = ctx.parents.get(ctx.parents.get(literal)!);
  if (object?.type !== 'ObjectExpression') return false;
  const base = ctx.objects.anyProperty(object, ['baseURL', 'baseUrl']);
  return base !== undefined && /clarifai\.com/i.test(readString(ctx, base.value).text);
}
