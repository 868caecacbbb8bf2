// Every fix of the fixture corpus says exactly which env vars it makes the code read (`fix.reads`): applied alone,
// the file reads every name it lists (the engine's own `envReadsOf`), and every name the file reads only after it.
import { envReadsOf, mergeEdits, parseForEngine } from '../packages/engine/dist/index.js';
import { applyFixes, engineFindings, stripBom } from './helpers/engine.js';
import { fixtureCases, readSource } from './helpers/fixture-cases.js';

const readsOf = (text: string, path: string) => envReadsOf({ ...parseForEngine(text, path), text, filename: path });

const cases = fixtureCases();

it('the corpus has fixes that read env vars, and fixes that read none', () => {
  const fixes = cases.flatMap(({ inputPath }) => engineFindings(stripBom(readSource(inputPath)), inputPath).flatMap((f) => (f.fix ? [f.fix] : [])));
  expect(fixes.filter((f) => f.reads.length > 0).length).toBeGreaterThanOrEqual(20);
  expect(fixes.filter((f) => f.reads.length === 0).length).toBeGreaterThanOrEqual(20);
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_, { inputPath }) => {
  it('each fix, applied alone, reads the names it lists and no other new one', () => {
    const text = stripBom(readSource(inputPath));
    const before = new Set(readsOf(text, inputPath));
    for (const { ruleId, fix } of engineFindings(text, inputPath)) {
      if (!fix) continue;
      const after = readsOf(applyFixes(text, [mergeEdits(text, fix.edits)]).text, inputPath);
      const label = `${ruleId} ${fix.messageId}`;
      expect(fix.reads.filter((name) => !after.includes(name)), label).toEqual([]);
      expect(after.filter((name) => !before.has(name) && !fix.reads.includes(name)), label).toEqual([]);
      expect(fix.reads, label).toEqual([...new Set(fix.reads)].sort());
    }
  });
});
