// `pnpm mutation`: Stryker over the engine's sources, on demand (not in .ci/run: it takes far longer than CI's
// budget on a 2-core machine). Narrow it with `pnpm mutation --mutate 'packages/engine/src/rules/**/*.ts'`.
// The last result is summarised in bench/MUTATION.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  plugins: ['@stryker-mutator/vitest-runner', '@stryker-mutator/typescript-checker'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'packages/engine/tsconfig.json',
  // Only the engine's sources get Stryker's `// @ts-nocheck`: by default it would write it into fixtures/ too.
  disableTypeChecks: 'packages/engine/src/**/*.ts',
  mutate: ['packages/engine/src/**/*.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  ignorePatterns: ['bench/.work', 'coverage', '.vitest-report.json'],
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'bench/.work/mutation.json' },
  tempDirName: 'bench/.work/stryker-tmp',
  cleanTempDir: 'always',
};
