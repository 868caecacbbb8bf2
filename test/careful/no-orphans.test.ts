// Property over the whole fixture corpus: a migration leaves no binding it made dead (ESLint's no-unused-vars on
// the input and on the migrated output), and adds none.
import { fixtureCases, readSource } from '../helpers/fixture-cases.js';
import { stripBom } from '../helpers/engine.js';
import { newlyUnused } from '../helpers/unused.js';

describe('no binding orphaned by a migration', () => {
  for (const { name, inputPath, outputPath } of fixtureCases()) {
    it(name, () => {
      expect(newlyUnused(stripBom(readSource(inputPath)), stripBom(readSource(outputPath)), outputPath)).toEqual([]);
    });
  }
});
