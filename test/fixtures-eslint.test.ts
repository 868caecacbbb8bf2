// The same corpus through ESLint and eslint-plugin-clarifai: the same findings, and applying ESLint's fixes
// and first suggestions pass by pass gives the codemod's expected output byte for byte.
import { describeCorpusFloor } from './helpers/corpus-floor.js';
import { RULE_IDS, stripBom } from './helpers/engine.js';
import { eslintFindings, migrateWithEslint } from './helpers/eslint.js';
import { fixtureCases, readSource, validFiles } from './helpers/fixture-cases.js';

const cases = fixtureCases();
const valid = validFiles();
describeCorpusFloor(RULE_IDS, cases, valid.map((v) => v.name));

for (const { name, inputPath, outputPath, findings } of cases) {
  describe(name, () => {
    const input = readSource(inputPath);

    it('reports exactly the expected findings', () => {
      expect(eslintFindings(stripBom(input), inputPath)).toEqual(findings);
    });

    it('fixes and suggestions give the expected output, byte for byte', () => {
      expect(migrateWithEslint(input, inputPath)).toBe(readSource(outputPath));
    });
  });
}

for (const { name, path } of valid) {
  it(`${name} reports nothing`, () => {
    expect(eslintFindings(stripBom(readSource(path)), path)).toEqual([]);
  });
}
