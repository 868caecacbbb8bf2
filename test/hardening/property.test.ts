// Property tests over generated files that call Clarifai in every supported shape (gen.ts), with a fixed seed.
// HARDENING_SEED / HARDENING_RUNS override the seed and the run count (`node scripts/fuzz.mjs --property-runs N`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFile, type GeneratedFile } from './gen.js';
import { engineNeverThrows, eslintAgrees, fixpointIsClean, generatedFileParses, singleFixIsLocal, stats } from './properties.js';

const SEED = Number(process.env.HARDENING_SEED ?? 20250611);
const RUNS = Number(process.env.HARDENING_RUNS ?? 250);
let totalRuns = 0;

/** Runs a property with the fixed seed and prints how many runs it made. */
function check(name: string, property: (file: GeneratedFile) => void): void {
  let runs = 0;
  try {
    fc.assert(
      fc.property(sourceFile, (file) => {
        runs++;
        property(file);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  } finally {
    totalRuns += runs;
    console.log(`property "${name}": ${runs} runs (seed ${SEED}, numRuns ${RUNS})`);
  }
}

/**
 * Counterexamples the generator found, shrunk by hand to a few lines, checked on every run whatever the seed.
 * Each names the property it broke when it was found.
 */
const KNOWN: { name: string; file: GeneratedFile }[] = [
  {
    name: 'legacy app that names clarifai/main with an API key and also serves own data: the fix is a no-op',
    file: { filename: 'src/noop.js', kinds: ['legacy.models'], text: "const Clarifai = require('clarifai');\nconst app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY, userId: 'clarifai', appId: 'main' });\napp.inputs.create({ url });\napp.models.predict('face-detection', url);\n" },
  },
  {
    name: 'legacy second client reused from another scope (ReferenceError)',
    file: { filename: 'src/scope.js', kinds: ['legacy.models'], text: "const Clarifai = require('clarifai');\nfunction setup() {\n  const mainApp = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });\n  mainApp.models.predict('face-detection', url);\n}\nconst app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });\napp.inputs.create({ url });\napp.models.predict('face-detection', url);\n" },
  },
  {
    name: 'legacy `{ apiKey }` shorthand: the credential switch breaks the object',
    file: { filename: 'src/shorthand.js', kinds: ['legacy.models'], text: "const Clarifai = require('clarifai');\nconst apiKey = process.env.CLARIFAI_API_KEY;\nconst app = new Clarifai.App({ apiKey });\napp.models.predict(Clarifai.GENERAL_MODEL, url);\n" },
  },
  {
    name: 'SDK `authConfig: { pat }` shorthand: the credential switch breaks the object',
    file: { filename: 'src/shorthand.ts', kinds: ['sdk.Model.id'], text: "import { Model } from 'clarifai-nodejs';\nconst pat = process.env.CLARIFAI_API_KEY;\nconst model = new Model({ modelId: 'face-detection', authConfig: { pat, userId: 'me', appId: 'mine' } });\n" },
  },
  {
    name: 'two legacy apps in one file: both fixes declare the same second client',
    file: { filename: 'src/twice.js', kinds: ['legacy.models', 'legacy.models'], text: "const Clarifai = require('clarifai');\nconst app1 = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });\napp1.inputs.create({ url });\napp1.models.predict('face-detection', url);\nconst app2 = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });\napp2.inputs.create({ url });\napp2.models.predict('general-image-recognition', url);\n" },
  },
];

describe('known counterexamples (shrunk)', () => {
  for (const { name, file } of KNOWN) {
    it(name, () => {
      generatedFileParses(file);
      engineNeverThrows(file);
      singleFixIsLocal(file);
      fixpointIsClean(file);
    });
  }
});

/**
 * What one generator run must produce, per rule, as a share of RUNS: about half of what the default seed gives,
 * so that another seed passes and an engine that stops finding or fixing does not. (The generator writes no
 * client id / secret code, so no-legacy-credentials has no floor here; the fixtures cover it.)
 */
const MIN_FINDINGS_SHARE: Record<string, number> = {
  'no-api-key-outside-app': 0.3,
  'require-user-app-id': 0.15,
  'require-clarifai-owner': 0.12,
  'no-hardcoded-credentials': 0.15,
  'no-deprecated-client': 0.2,
  'prefer-pat-for-workflows': 0.03,
};
const MIN_FIXES_SHARE: Record<string, number> = {
  'no-api-key-outside-app': 0.2,
  'require-user-app-id': 0.12,
  'require-clarifai-owner': 0.1,
  'no-hardcoded-credentials': 0.1,
  'prefer-pat-for-workflows': 0.004,
};
const MIN_CHANGED_FILES_SHARE = 0.4;

function expectAtLeast(counts: Map<string, number>, shares: Record<string, number>, what: string): void {
  for (const [rule, share] of Object.entries(shares)) {
    expect(counts.get(rule) ?? 0, `${what} of ${rule} in ${RUNS} generated files`).toBeGreaterThanOrEqual(Math.floor(share * RUNS));
  }
}

/** A property over RUNS files on a busy 2-core machine: minutes, not the default minute. */
const PROPERTY_TIMEOUT_MS = 240_000;

describe('engine properties over generated Clarifai call sites', () => {
  it('generated files are valid code (the generator itself is sound)', () => check('generated files parse', generatedFileParses));
  it('never throws, reports well-formed findings, and finds at least its floor per rule', () => {
    stats.rules.clear();
    check('engine never throws', engineNeverThrows);
    expectAtLeast(stats.rules, MIN_FINDINGS_SHARE, 'findings');
  }, PROPERTY_TIMEOUT_MS);
  it('a single fix changes something, nothing outside its edit range, and its output parses; fixes occur per rule', () => {
    stats.fixesByRule.clear();
    check('single-fix locality', singleFixIsLocal);
    expectAtLeast(stats.fixesByRule, MIN_FIXES_SHARE, 'single fixes applied');
  }, PROPERTY_TIMEOUT_MS);
  it('fixing to a fixpoint is idempotent, parses, keeps BOM and line endings, and leaves only unfixable findings', () => {
    stats.changedFiles = 0;
    check('fixpoint', fixpointIsClean);
    expect(stats.changedFiles, `files changed by fixing, of ${RUNS}`).toBeGreaterThanOrEqual(Math.floor(MIN_CHANGED_FILES_SHARE * RUNS));
  }, PROPERTY_TIMEOUT_MS);

  it('ESLint with the plugin reports the same findings, and its --fix writes the engine\'s safe-only fixpoint', () =>
    check('eslint agrees', eslintAgrees), PROPERTY_TIMEOUT_MS);

  it('prints the counts', () => {
    console.log(
      `property runs: ${totalRuns} in all (${RUNS} per property, seed ${SEED}); findings ${stats.findings}, single fixes checked ${stats.fixes}, files changed by fixing ${stats.changedFiles}`,
    );
    console.log(`call-site kinds generated: ${[...stats.kinds].map(([k, n]) => `${k}=${n}`).join(' ')}`);
    const list = (map: Map<string, number>) => [...map].map(([k, n]) => `${k}=${n}`).join(' ');
    console.log(`findings by rule: ${list(stats.rules)}`);
    console.log(`single fixes by rule: ${list(stats.fixesByRule)}; findings without a fix: ${list(stats.unfixedByRule)}`);
    expect(totalRuns).toBe(5 * RUNS);
  });
});
