// The codemod never writes a call that a rule then flags: over every fixture, what the migration leaves behind is
// only what no fix could touch (report-only rules, and findings that carried no fix in the input).
import { engineFindings, migrateWithEngine, stripBom } from './helpers/engine.js';
import { fixtureCases, readSource } from './helpers/fixture-cases.js';
import { REPORT_ONLY } from './hardening/engine.js';

const key = (f: { ruleId: string; messageId: string }) => `${f.ruleId}/${f.messageId}`;

for (const { name, inputPath } of fixtureCases()) {
  it(`${name}: the migrated file has no finding a fix made or left fixable`, () => {
    const input = stripBom(readSource(inputPath));
    const unfixable = new Set(engineFindings(input, inputPath).filter((f) => !f.fix).map(key));
    const output = stripBom(migrateWithEngine(input, inputPath));
    const flagged = engineFindings(output, inputPath)
      .filter((f) => !REPORT_ONLY.has(f.ruleId) && !unfixable.has(key(f)))
      .map((f) => `${key(f)}@${f.loc.start.line}:${f.loc.start.column}`);
    expect(flagged).toEqual([]);
  });
}
