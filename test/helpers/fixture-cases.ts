// The shared fixture corpus in fixtures/: one directory per rule with `<case>.input.<ext>`,
// `<case>.output.<ext>`, `<case>.findings.json` (and `<case>.output.findings.json` when the migrated file
// still has report-only findings), plus fixtures/valid/ for files that must give no finding at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from './engine.js';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

/** A finding as the `.findings.json` files write it: ESLint's 1-based lines and columns. */
export interface ExpectedFinding {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding as the codemod reports it (positions 1-based), cut to the `.findings.json` shape. */
export function reportedAsExpected({ ruleId, messageId, line, column, endLine, endColumn }: ExpectedFinding): ExpectedFinding {
  return { ruleId, messageId, line, column, endLine, endColumn };
}

export interface FixtureCase {
  /** `<rule-id>/<case>.<ext>`, for test names. */
  name: string;
  rule: string;
  inputPath: string;
  outputPath: string;
  findings: ExpectedFinding[];
  /** What the migrated file still reports (report-only rules); empty for most cases. */
  outputFindings: ExpectedFinding[];
}

const INPUT = /^(?<base>.+)\.input\.(?<ext>[cm]?[jt]sx?)$/;

export function fixtureCases(): FixtureCase[] {
  return RULE_IDS.flatMap((rule) => {
    const dir = join(FIXTURES_DIR, rule);
    return readdirSync(dir)
      .sort()
      .flatMap((file) => {
        const match = INPUT.exec(file);
        if (!match) return [];
        const { base, ext } = match.groups!;
        const at = (suffix: string) => join(dir, `${base}${suffix}`);
        return [
          {
            name: `${rule}/${base}.${ext}`,
            rule,
            inputPath: at(`.input.${ext}`),
            outputPath: at(`.output.${ext}`),
            findings: readJson(at('.findings.json')),
            outputFindings: existsSync(at('.output.findings.json')) ? readJson(at('.output.findings.json')) : [],
          },
        ];
      });
  });
}

export function validFiles(): { name: string; path: string }[] {
  const dir = join(FIXTURES_DIR, 'valid');
  return readdirSync(dir)
    .sort()
    .map((file) => ({ name: `valid/${file}`, path: join(dir, file) }));
}

function readJson(path: string): ExpectedFinding[] {
  return JSON.parse(readFileSync(path, 'utf8')) as ExpectedFinding[];
}

export function readSource(path: string): string {
  return readFileSync(path, 'utf8');
}
