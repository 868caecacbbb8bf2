import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, propertyName, unwrap } from '../ast.js';
import { isLegacyAppConstructor, isLegacyModule } from '../sites/legacy.js';
import { authorizationValue, findHttpRequests } from '../sites/rest.js';
import { readString } from '../strings.js';
import type { Finding } from '../types.js';
import { finding, type Rule } from './report.js';

const CLARIFAI_HOST = /api\.clarifai\.com/i;
const TOKEN_PATH = /api\.clarifai\.com\/v[12]\/token/i;
const OPENAI_COMPATIBLE = /\/v2\/ext\//;

/** R6: client id / secret and the access tokens made from them were retired in 2017. */
export const noLegacyCredentials: Rule = ({ ctx }) => {
  const found: Finding[] = [];
  const report = (messageId: string, node: TSESTree.Node) =>
    found.push(finding(ctx, 'no-legacy-credentials', messageId, node, {}));

  for (const ctor of ctx.news) {
    if (!isLegacyAppConstructor(ctx, ctor)) continue;
    const [first, second] = ctor.arguments;
    const config = first && ctx.objects.asObject(first);
    if (second && !config) report('clientSecret', ctor);
    else if (config && config.properties.some((p) => p.type === 'Property' && /^client_?secret$/i.test(propertyName(p) ?? ''))) {
      report('clientSecret', ctor);
    }
  }
  for (const call of ctx.calls) {
    const callee = unwrap(call.callee);
    if (
      callee.type === 'MemberExpression' &&
      memberPath(callee)?.at(-1) === 'initialize' &&
      isLegacyModule(ctx.moduleOf(callee.object)?.module)
    ) {
      report('clientSecret', call);
    }
  }
  for (const request of findHttpRequests(ctx)) {
    const url = [request.base, request.url].map((n) => (n ? readString(ctx, n).text : '')).join('');
    if (TOKEN_PATH.test(url)) {
      report('tokenEndpoint', request.node);
      continue;
    }
    if (!CLARIFAI_HOST.test(url) || OPENAI_COMPATIBLE.test(url)) continue;
    const authorization = authorizationValue(ctx, request);
    if (authorization && /^bearer\s/i.test(readString(ctx, authorization).text)) report('bearerToken', authorization);
  }
  return found;
};
