import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // RuleTester (typescript-eslint) hooks into describe/it globals.
    globals: true,
    include: ['packages/*/src/**/*.test.ts', 'packages/*/tests/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
