// The embedded-sources corpus in fixtures/embedded/: `<case>.input.<ext>` (a component, page or Markdown file),
// `<case>.output.<ext>` (what the codemod writes), `<case>.findings.json` (every finding, at its place in the real
// file) and, when a block is left alone, `<case>.skipped.json` (what the codemod names as skipped, and why).
// Every case also runs with CRLF line breaks and with a BOM: the same findings at the same lines and columns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, type ExpectedFinding } from './fixture-cases.js';

export interface SkippedBlock {
  label: string;
  line: number;
  column: number;
  reason: string;
}

export interface EmbeddedCase {
  name: string;
  inputPath: string;
  input: string;
  output: string;
  findings: ExpectedFinding[];
  skipped: SkippedBlock[];
}

/** The files as written (LF, no BOM), and the same bytes with CRLF, with a BOM, and with both. */
const VARIANTS: [string, (text: string) => string][] = [
  ['', (text) => text],
  [' (CRLF)', (text) => text.replace(/\n/g, '\r\n')],
  [' (BOM)', (text) => `\uFEFF${text}`],
  [' (CRLF, BOM)', (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
];

export const EMBEDDED_DIR = join(FIXTURES_DIR, 'embedded');

export function embeddedCases(): EmbeddedCase[] {
  return readdirSync(EMBEDDED_DIR)
    .sort()
    .flatMap((file) => {
      const match = /^(?<base>.+)\.input\.(?<ext>\w+)$/.exec(file);
      if (!match) return [];
      const { base, ext } = match.groups!;
      const at = (suffix: string) => join(EMBEDDED_DIR, `${base}${suffix}`);
      const json = <T>(path: string, absent: T): T => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : absent);
      const input = readFileSync(at(`.input.${ext}`), 'utf8');
      const output = readFileSync(at(`.output.${ext}`), 'utf8');
      const findings = json<ExpectedFinding[]>(at('.findings.json'), []);
      const skipped = json<SkippedBlock[]>(at('.skipped.json'), []);
      return VARIANTS.map(([variant, bytes]) => ({
        name: `${base}.${ext}${variant}`,
        inputPath: at(`.input.${ext}`),
        input: bytes(input),
        output: bytes(output),
        findings,
        skipped,
      }));
    });
}
