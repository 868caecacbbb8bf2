// Floors under the fixture corpus, written down rather than read from fixtures/: a suite that builds its cases
// from a directory listing would otherwise pass with zero cases when a directory is emptied, renamed or unreadable.
// Every suite that iterates fixtureCases()/validFiles() calls describeCorpusFloor() on what it iterates.
// The lists are the cases that existed when the floor was written: new cases only add to a suite, never break it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FixtureCase } from './fixture-cases.js';

/** `<case>.<ext>` of each rule directory's inputs, as of this floor. */
export const KNOWN_CASES: Readonly<Record<string, readonly string[]>> = {
  'no-api-key-outside-app': [
    'axios-nextjs-gpt4o.ts', 'grpc-readme-general-model.cjs', 'grpc-shared-metadata.ts', 'grpc-static-v2client.ts', 'guarded-env-key.js',
    'headers-append-general.js', 'legacy-browser-global.jsx', 'legacy-config-module.mjs', 'legacy-react-class.jsx', 'legacy-shared-app.js',
    'legacy-this-app-model-object.jsx', 'rest-fetch-food-template.mjs', 'sdk-model-url-api-key.ts', 'vite-color-model.jsx',
  ],
  'no-deprecated-client': ['dynamic-import.mjs', 'esm-pat-configured.mjs', 'named-import.ts', 'require-own-app-data.cjs'],
  'no-hardcoded-credentials': [
    'env-fallback-literal.mjs', 'grpc-key-literal.cjs', 'legacy-api-key-literal.js', 'openai-compatible-literal.ts',
    'react-const-pat.jsx', 'sdk-pat-literal.ts', 'service-class-field.ts', 'smart-brain-hardcoded-pat.js',
  ],
  'no-pat-in-browser': ['react-fetch-pat-main.jsx', 'vite-path-pat-main.tsx'],
  'no-legacy-credentials': [
    'bearer-v2.ts', 'legacy-client-id-secret.js', 'legacy-config-client-secret.cjs', 'token-endpoint.mjs', 'v1-initialize.js',
  ],
  'prefer-pat-for-workflows': [
    'axios-instance-shared-key.ts', 'fetch-workflow-results.js', 'grpc-own-workflow.cjs', 'grpc-workflow-own-owner.ts',
    'legacy-workflow-predict.js',
  ],
  'require-clarifai-owner': [
    'axios-llm-wrong-owner.mjs', 'fetch-own-user-main.mjs', 'grpc-clarifai-own-app.cjs', 'grpc-own-ids-shared.cjs',
    'legacy-pat-own-ids.js', 'rest-path-own-user.ts',
    'sdk-authconfig-env-owner.mts', 'sdk-url-own-owner.ts', 'smart-brain-own-ids.jsx',
  ],
  'require-user-app-id': [
    'axios-config-call.js', 'axios-unknown-token.js', 'express-grpc-handle-api-call.js', 'grpc-pat-own-inputs.mjs',
    'grpc-promise-wrapper.ts', 'grpc-promisify.ts', 'react-fetch-face-pat.jsx', 'rest-get-model-info.ts',
    'rest-pat-own-model-versions.cjs', 'sdk-model-id-pat.ts', 'vite-workflow-pat.tsx', 'windows-crlf-bom.ts',
  ],
};

export const KNOWN_VALID: readonly string[] = [
  'axios-instance-pat-main.ts', 'clarifai-in-ui-text.jsx', 'comments-only.ts',
  'got-pat-main.mjs', 'grpc-api-key-own-inputs.ts', 'grpc-owner-params.ts', 'grpc-pat-main.cjs', 'key-header-other-host.js',
  'list-models-pat-main.ts', 'openai-compatible-bearer.ts', 'own-workflow-pat-env-owner.mjs', 'placeholder-pat.js',
  'rest-api-key-own-inputs.mjs', 'sdk-model-url-env-pat.ts', 'sdk-own-model-from-env.mts', 'superagent-pat-main.cjs',
];

/**
 * How a fixture input talks to Clarifai, read from its text (not from the engine, which is what is under test).
 * A file may use several styles.
 */
const CLIENT_STYLES: Readonly<Record<string, RegExp>> = {
  rest: /api\.clarifai\.com/,
  fetch: /\bfetch\(/,
  axios: /\baxios\b/,
  grpc: /clarifai-nodejs-grpc/,
  legacy: /(?:require\(|from\s+|import\()\s*['"]clarifai['"]|\bClarifai\.App\b/,
  sdk: /['"]clarifai-nodejs['"]/,
};

/** Input cases per client style, as of this floor (each at its count then). */
export const MIN_CASES_PER_CLIENT_STYLE: Readonly<Record<keyof typeof CLIENT_STYLES, number>> = {
  rest: 24,
  fetch: 16,
  axios: 6,
  grpc: 13,
  legacy: 14,
  sdk: 5,
};

export function clientStylesOf(source: string): string[] {
  return Object.keys(CLIENT_STYLES).filter((style) => CLIENT_STYLES[style]!.test(source));
}

/**
 * Registers the floor checks for the cases a suite iterates: every rule the engine has keeps at least one case,
 * every known case is still there, each client style keeps its count, and every known valid file is there.
 */
export function describeCorpusFloor(rules: readonly string[], cases: readonly FixtureCase[], validNames: readonly string[]) {
  describe('the corpus this suite ran is not smaller than its floor', () => {
    it('has at least one case for every rule, and every case known per rule', () => {
      for (const rule of rules) {
        const names = cases.filter((c) => c.rule === rule).map((c) => c.name.slice(rule.length + 1));
        expect(names.length, `${rule} cases`).toBeGreaterThanOrEqual(Math.max(1, KNOWN_CASES[rule]?.length ?? 0));
        expect(names, rule).toEqual(expect.arrayContaining([...(KNOWN_CASES[rule] ?? [])]));
      }
      expect(Object.keys(KNOWN_CASES).filter((rule) => !rules.includes(rule)), 'rules with known cases').toEqual([]);
    });

    it('has at least the known number of cases per client style', () => {
      const counts = Object.fromEntries(Object.keys(CLIENT_STYLES).map((style) => [style, 0]));
      for (const c of cases) for (const style of clientStylesOf(readFileSync(c.inputPath, 'utf8'))) counts[style]!++;
      for (const [style, min] of Object.entries(MIN_CASES_PER_CLIENT_STYLE)) {
        expect(counts[style], `${style} cases`).toBeGreaterThanOrEqual(min);
      }
    });

    it('has every known valid file', () => {
      expect(validNames.length).toBeGreaterThanOrEqual(KNOWN_VALID.length);
      expect(validNames).toEqual(expect.arrayContaining(KNOWN_VALID.map((file) => `valid/${file}`)));
    });
  });
}
