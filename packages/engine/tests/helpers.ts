import { analyze, parseForEngine, type AnalyzeOptions } from '../src/index.js';

/** Findings for a snippet, as `rule@line:column` plus the fix's safety, for compact exact assertions. */
export function findingsOf(text: string, filename = 'file.js', options: AnalyzeOptions = {}) {
  const { ast, scopeManager } = parseForEngine(text, filename);
  return analyze({ ast, scopeManager, text, filename }, options);
}

export function summary(text: string, filename = 'file.js', options: AnalyzeOptions = {}): string[] {
  return findingsOf(text, filename, options).map(
    (f) => `${f.ruleId}@${f.loc.start.line}:${f.loc.start.column}${f.fix ? ` ${f.fix.safety}` : ''}`,
  );
}
