/**
 * The one place the plugin calls the engine: every rule is the engine's rule of the same id, reporting the
 * engine's findings for it.
 */
import { analyze, mightCallClarifai, RULE_META, type Finding, type ModuleHost, type RuleId } from '@clarifai-auth/engine';
import { legacyClientOptions, runtimeOf } from '@clarifai-auth/project';
import type { TSESLint } from '@typescript-eslint/utils';
import { moduleHostFor } from './module-host.js';
import { optionsSchema, resolveOptions, type ClarifaiOptions } from './options.js';
import { createRule } from './util/create-rule.js';

/** Findings per AST and options: the seven rules share one analysis of a file and each picks its own. */
const analyses = new WeakMap<object, Map<string, Finding[]>>();

function findingsFor(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  options: ClarifaiOptions,
  modules: ModuleHost | undefined,
): Finding[] {
  let byOptions = analyses.get(sourceCode.ast);
  if (!byOptions) {
    byOptions = new Map();
    analyses.set(sourceCode.ast, byOptions);
  }
  const key = JSON.stringify(options);
  let findings = byOptions.get(key);
  if (!findings) {
    const { ast, scopeManager, text } = sourceCode;
    if (!scopeManager) throw new Error('eslint-plugin-clarifai needs a parser that provides a scope manager.');
    const runtime = runtimeOf({ path: filename, text });
    // The legacy client's pinned version decides whether its sites can be fixed at all, as in the codemod.
    const engineOptions = { ...options, ...legacyClientOptions(filename, text) };
    findings = analyze({ ast, scopeManager, text, filename, runtime, ...(modules ? { modules } : {}) }, engineOptions);
    byOptions.set(key, findings);
  }
  return findings;
}

/** A finding as ESLint reports it: a safe fix is an autofix, a needs-review fix is a suggestion. */
function toReport(finding: Finding): TSESLint.ReportDescriptor<string> {
  // The engine's message already names the other module and line, or the check left on the old variable; the
  // rule's own template cannot.
  const whole = finding.definedIn ? DEFINED_ELSEWHERE : finding.checkLeft ? CHECK_LEFT : undefined;
  const report = whole
    ? { loc: finding.loc, messageId: whole, data: { message: finding.message } }
    : { loc: finding.loc, messageId: finding.messageId, data: finding.data };
  const { fix } = finding;
  if (!fix) return report;
  const apply = (fixer: TSESLint.RuleFixer) => fix.edits.map((e) => fixer.replaceTextRange(e.range, e.text));
  return fix.safety === 'safe'
    ? { ...report, fix: apply }
    : { ...report, suggest: [{ messageId: fix.messageId, data: fix.data, fix: apply }] };
}

const DEFINED_ELSEWHERE = 'definedInOtherModule';
const CHECK_LEFT = 'checkStillRequiresOldVariable';

export type EngineRule = ReturnType<typeof createEngineRule>;

export function createEngineRule(id: RuleId) {
  const meta = RULE_META[id];
  return createRule<[ClarifaiOptions], string>({
    name: id,
    meta: {
      type: meta.type,
      docs: { description: meta.description, recommended: meta.recommended },
      ...(meta.fixable ? { fixable: 'code' as const } : {}),
      ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
      messages: { ...meta.messages, [DEFINED_ELSEWHERE]: '{{message}}', [CHECK_LEFT]: '{{message}}' },
      schema: [optionsSchema],
      defaultOptions: [{}],
    },
    create(context, [ruleOptions]) {
      const { sourceCode } = context;
      // No visitors at all on files that cannot call Clarifai: the rule costs nothing there.
      if (!mightCallClarifai(sourceCode.text)) return {};
      const options = resolveOptions(ruleOptions, context.settings.clarifai, context.filename);
      const modules = moduleHostFor(context.filename, context.settings.clarifai);
      return {
        Program() {
          for (const finding of findingsFor(sourceCode, context.filename, options, modules)) {
            if (finding.ruleId === id) context.report(toReport(finding));
          }
        },
      };
    },
  });
}
