// The codemod over components, pages and Markdown: each script block migrated on its own, findings at their place
// in the real file, every byte outside the blocks kept, fragments skipped and named, a second run a no-op.
import { migrateFile } from '../../packages/codemod/dist/embedded/migrate-embedded.js';
import { embeddedCases } from '../helpers/embedded-cases.js';
import { reportedAsExpected } from '../helpers/fixture-cases.js';

for (const { name, inputPath, input, output, findings, skipped } of embeddedCases()) {
  describe(name, () => {
    const result = migrateFile(input, inputPath);

    it('finds exactly the expected findings, at their place in the file', () => {
      expect(result.error).toBeUndefined();
      expect(result.findings.map(reportedAsExpected)).toEqual(findings);
    });

    it('writes the expected output, byte for byte, and a second run changes nothing and finds only PAT-in-browser warnings', () => {
      expect(result.output).toBe(output);
      expect(result.changed).toBe(true);
      const again = migrateFile(result.output, inputPath);
      expect(again.changed).toBe(false);
      // Only the warnings that browser code sends a PAT stay (a switch's "will send" is now "sends"): they are
      // never fixed, only reported.
      // (Positions may move: a fix also removes the constants it leaves unread.)
      const warnings = findings.filter((f) => f.ruleId === 'no-pat-in-browser').map((f) => f.ruleId);
      expect(again.findings.map((f) => f.ruleId)).toEqual(warnings);
    });

    it('names the blocks it skipped', () => {
      expect(result.skippedRegions ?? []).toEqual(skipped);
    });
  });
}
