// Self-lint: the workspace's TypeScript with typescript-eslint's recommended rules, and the plugin's own
// rule sources and rule tests with eslint-plugin-eslint-plugin's presets.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    'coverage/',
    'fixtures/',
    // Inputs the tools read, not workspace code: jscodeshift-style input/output pairs and fuzzing seeds
    // (some deliberately unparsable).
    '**/__testfixtures__/',
    'test/hardening/fuzz-seeds/',
    'bench/.work/',
    'bench/.cache/',
    'examples/',
    // Programs the Clarifai stand-in tests run as child processes: inputs, not workspace code.
    'test/clarifai-standin/programs/',
  ]),
  {
    name: 'workspace/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommended],
  },
  {
    name: 'eslint-plugin-clarifai/rules',
    files: ['packages/eslint-plugin/src/**/*.ts'],
    extends: [eslintPlugin.configs.rules],
  },
  {
    name: 'eslint-plugin-clarifai/tests',
    files: ['packages/eslint-plugin/tests/**/*.ts'],
    extends: [eslintPlugin.configs.tests],
    rules: {
      // The case's name first, as a heading, then what picks the dialect (filename, JSX), then the preset's order.
      'eslint-plugin/test-case-property-ordering': [
        'error',
        ['name', 'filename', 'languageOptions', 'code', 'output', 'options', 'settings', 'errors'],
      ],
    },
  },
);
