import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyTransform } from 'jscodeshift/dist/testUtils.js';
import type { API } from 'jscodeshift';
import * as transformModule from '../src/transform.js';
import transform from '../src/transform.js';

const fixtures = join(import.meta.dirname, '__testfixtures__');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** `<case>.input.<ext>` → `<case>.output.<ext>`, and `<case>.safe-only.output.<ext>` with `--safe-only`. */
const cases = readdirSync(fixtures)
  .filter((name) => name.includes('.input.'))
  .map((input) => {
    const [name, ext] = input.split('.input.') as [string, string];
    return { name, ext, input };
  });

describe('transform through jscodeshift applyTransform', () => {
  it.each(cases)('$name', ({ name, ext, input }) => {
    const path = join(fixtures, input);
    expect(applyTransform(transformModule, {}, { path, source: read(input) })).toBe(read(`${name}.output.${ext}`).trim());
  });

  it.each(cases.filter(({ name, ext }) => readdirSync(fixtures).includes(`${name}.safe-only.output.${ext}`)))(
    '$name with --safe-only',
    ({ name, ext, input }) => {
      const path = join(fixtures, input);
      const output = applyTransform(transformModule, { 'safe-only': true }, { path, source: read(input) });
      expect(output).toBe(read(`${name}.safe-only.output.${ext}`).trim());
    },
  );

  it('applies only the rules named by --only', () => {
    const path = join(fixtures, 'pat-no-owner.input.mjs');
    const output = applyTransform(transformModule, { only: 'no-hardcoded-credentials' }, { path, source: read('pat-no-owner.input.mjs') });
    expect(output).toContain('const CLARIFAI_PAT = process.env.CLARIFAI_PAT;');
    expect(output).not.toContain('user_app_id');
  });
});

describe('transform called directly (exact bytes)', () => {
  const reports: string[] = [];
  const api = { report: (message: string) => reports.push(message) } as unknown as API;
  beforeEach(() => {
    reports.length = 0;
  });

  it('skips a file that cannot call Clarifai without parsing it', () => {
    expect(transform({ path: 'a.ts', source: 'const broken = {,};\nexport default broken;\n' }, api, {})).toBeUndefined();
    expect(reports).toEqual([]);
  });

  it('returns the source itself when there is nothing to change', () => {
    const source = read('correct-call.input.ts');
    expect(transform({ path: 'correct-call.ts', source }, api, {})).toBe(source);
  });

  it('keeps a BOM, CRLF line endings and the final newline', () => {
    const input = `\uFEFF${read('legacy-app.input.js').replace(/\n/g, '\r\n')}`;
    const output = transform({ path: 'legacy-app.js', source: input }, api, {})!;
    expect(output.startsWith('\uFEFF')).toBe(true);
    expect(output.endsWith('\r\n')).toBe(true);
    expect(output.replace(/\r\n/g, '')).not.toContain('\n');
    expect(output).toBe(`\uFEFF${read('legacy-app.output.js').replace(/\n/g, '\r\n')}`);
  });

  it('reports a file that does not parse and leaves it alone', () => {
    const source = "import Clarifai from 'clarifai';\nconst app = new Clarifai.App({ apiKey: KEY,, });\n";
    expect(transform({ path: 'broken.js', source }, api, {})).toBeUndefined();
    expect(reports).toEqual(['failed to parse: Property assignment expected. (2:44)']);
  });

  it('rejects an unknown rule in --only', () => {
    expect(() => transform({ path: 'a.js', source: read('legacy-app.input.js') }, api, { only: 'no-such-rule' })).toThrow(/unknown rule 'no-such-rule'/);
  });
});
