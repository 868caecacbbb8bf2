// Vitest for `pnpm mutation` (Stryker): the engine's own tests plus the fixture corpus, with the corpus's import of
// the built engine pointed at its sources, so that Stryker's mutants in packages/engine/src reach both.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const engineSource = fileURLToPath(new URL('packages/engine/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^(\.\.\/)+packages\/engine\/dist\/index\.js$/, replacement: engineSource }] },
  test: {
    globals: true,
    include: ['packages/engine/tests/**/*.test.ts', 'test/fixtures.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
  },
});
