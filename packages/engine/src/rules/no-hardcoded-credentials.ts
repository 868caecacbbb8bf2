import type { TSESTree } from '@typescript-eslint/types';
import { propertyName } from '../ast.js';
import type { FileContext } from '../context.js';
import { kindFromName, looksLikeSecret, words } from '../credentials.js';
import { isLegacyAppConstructor } from '../sites/legacy.js';
import { readString } from '../strings.js';
import type { CredentialKind, Finding } from '../types.js';
import { finding, fix, type Rule } from './report.js';

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
  const found = new Map<TSESTree.StringLiteral, Finding>();
  const report = (literal: TSESTree.StringLiteral, kind: CredentialKind, name: string) => {
    if (found.has(literal)) return;
    const envVar = ENV_NAME[kind];
    const envRead = ctx.envRead(envVar);
    const keyPrefix = /^key\s+/i.exec(literal.value)?.[0];
    const replacement = keyPrefix ? `${ctx.quote(keyPrefix)} + ${envRead}` : envRead;
    const suggestion = fix('needs-review', 'readFromEnv', { envRead }, [{ range: literal.range, text: replacement }]);
    found.set(
      literal,
      finding(ctx, 'no-hardcoded-credentials', 'hardcoded', literal, { kind: LABEL[kind], name, envVar }, {
        ...(suggestion ? { fix: suggestion } : {}),
      }),
    );
  };

  for (const site of sites) {
    const { literal, kind, name } = site.credential;
    if (literal) report(literal, kind, name ?? 'Authorization header');
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

/** The variable or property a literal is assigned to: `const PAT = '...'`, `{ apiKey: '...' }`. */
function holderName(ctx: FileContext, literal: TSESTree.StringLiteral): string | undefined {
  const parent = ctx.parents.get(literal);
  if (parent?.type === 'VariableDeclarator' && parent.init === literal && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'Property' && parent.value === literal) return propertyName(parent);
  if (parent?.type === 'AssignmentExpression' && parent.right === literal) {
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
