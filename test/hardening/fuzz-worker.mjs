// Worker thread of the fuzzer (fuzz-core.mjs): checks one mutant per message and answers with its verdict.
import { parentPort } from 'node:worker_threads';
import { analyze, applyFixes, fixesOf, fixUntilStable, mergeEdits, parseForEngine } from '../../packages/engine/dist/index.js';

const BOTH = ['safe', 'needs-review'];

const isParseError = (error) => error instanceof Error && error.constructor.name === 'TSError';

/** A parse of fixed text that fails means a fix produced broken code: a distinct error. */
class BrokenFixOutput extends Error {}

function findingsOf(text, filename) {
  const parsed = parseForEngine(text, filename);
  return analyze({ ...parsed, text, filename });
}

export function checkMutant(text, filename) {
  let parsed;
  try {
    parsed = parseForEngine(text, filename);
  } catch (error) {
    if (isParseError(error)) return { status: 'parse-error' };
    return { status: 'fail', kind: 'parse-crash', message: String(error?.stack ?? error) };
  }
  let findings;
  try {
    findings = analyze({ ...parsed, text, filename });
  } catch (error) {
    return { status: 'fail', kind: 'analyze-threw', message: String(error?.stack ?? error) };
  }
  // Each fix on its own changes only its range and leaves code that parses.
  for (const finding of findings) {
    if (!finding.fix) continue;
    let merged;
    try {
      merged = mergeEdits(text, finding.fix.edits);
    } catch (error) {
      return { status: 'fail', kind: 'bad-edits', message: `${finding.ruleId}: ${error?.message ?? error}` };
    }
    const [start, end] = merged.range;
    if (start < 0 || end > text.length || start > end) {
      return { status: 'fail', kind: 'bad-edits', message: `${finding.ruleId}: edit range ${start}-${end} outside the text (${text.length})` };
    }
    const out = applyFixes(text, [merged]).text;
    try {
      parseForEngine(out, filename);
    } catch (error) {
      return { status: 'fail', kind: 'single-fix-broke-code', message: `${finding.ruleId}/${finding.fix.messageId}: ${error?.message ?? error}` };
    }
  }
  let fixed;
  try {
    fixed = fixUntilStable(text, (t) => {
      let findings;
      try {
        findings = findingsOf(t, filename);
      } catch (error) {
        if (isParseError(error)) throw new BrokenFixOutput(`a fix produced code that does not parse: ${error.message}`);
        throw error;
      }
      return fixesOf(t, findings, BOTH);
    });
  } catch (error) {
    if (error instanceof BrokenFixOutput) return { status: 'fail', kind: 'fix-broke-code', message: error.message };
    return { status: 'fail', kind: 'fix-threw', message: String(error?.stack ?? error) };
  }
  let findingsAfter;
  try {
    findingsAfter = findingsOf(fixed.text, filename);
  } catch (error) {
    return { status: 'fail', kind: 'fix-broke-code', message: `the fixed output does not parse: ${error?.message ?? error}` };
  }
  // Terminated: after at most 10 passes another pass changes nothing.
  const extra = applyFixes(fixed.text, fixesOf(fixed.text, findingsAfter, BOTH));
  if (extra.text !== fixed.text) {
    return { status: 'fail', kind: 'no-fixpoint', message: `still changing after ${fixed.passes} passes` };
  }
  return { status: 'ok', changed: fixed.text !== text, passes: fixed.passes };
}

parentPort?.on('message', (message) => {
  const started = performance.now();
  if (message.warmup) {
    checkMutant("fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { headers: { Authorization: 'Key ' + PAT } });", 'warm.js');
    parentPort.postMessage({ status: 'ok', ms: 0 });
    return;
  }
  const result = checkMutant(message.text, message.filename);
  parentPort.postMessage({ ...result, ms: performance.now() - started });
});
