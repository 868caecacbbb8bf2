// The codemod never writes a call that a rule then flags: over every fixture, what the migration leaves behind is
// only what no fix could touch (report-only and advisory rules, findings that carried no fix in the input) and what
// the codemod leaves for a human on purpose (a fix that is a guess: an owner or a credential the code does not state).
import { engineFindings, migrateWithEngine, stripBom } from './helpers/engine.js';
import { fixtureCases, readSource } from './helpers/fixture-cases.js';
import { REPORT_ONLY, RULE_META } from './hardening/engine.js';

const key = (f: { ruleId: string; messageId: string }) => `${f.ruleId}/${f.messageId}`;

for (const { name, inputPath } of fixtureCases()) {
  it(`${name}: the migrated file has no finding a fix made or left fixable`, () => {
    const input = stripBom(readSource(inputPath));
    const unfixable = new Set(engineFindings(input, inputPath).filter((f) => !f.fix).map(key));
    const output = stripBom(migrateWithEngine(input, inputPath));
    const flagged = engineFindings(output, inputPath)
      .filter((f) => !REPORT_ONLY.has(f.ruleId) && !RULE_META[f.ruleId].advisory && !unfixable.has(key(f)) && f.fix?.safety !== 'guess')
      .map((f) => `${key(f)}@${f.loc.start.line}:${f.loc.start.column}`);
    expect(flagged).toEqual([]);
  });
}
