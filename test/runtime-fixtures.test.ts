// Fixture projects per framework (fixtures/runtime/<framework>/, package.json + source; expected outputs and findings
// in fixtures/runtime/<framework>.expected/): where each file runs decides which env reads the migration writes, the
// codemod and ESLint agree on every file, and no migrated file reads an env var that its runtime does not provide.
import { parseForEngine, placedRuntime, type RuntimeFacts } from '../packages/engine/dist/index.js';
import { migrateSource } from '../packages/codemod/dist/migrate-file.js';
import { runtimeOf } from '../packages/project/dist/index.js';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eslintFindings, migrateWithEslint } from './helpers/eslint.js';
import { FIXTURES_DIR, readSource, reportedAsExpected, type ExpectedFinding } from './helpers/fixture-cases.js';

const RUNTIME_DIR = join(FIXTURES_DIR, 'runtime');

/** Where each fixture file runs, as the project layer must find it. */
const FRAMEWORK: Record<string, string> = {
  'astro/src/pages/api/faces.js': 'Astro (server code)',
  'astro/src/scripts/hardcoded.js': 'Astro (client code)',
  'cra/src/from-env.js': 'Create React App',
  'cra/src/hardcoded.js': 'Create React App',
  'expo/src/from-env.js': 'Expo (app bundle)',
  'expo/src/hardcoded.js': 'Expo (app bundle)',
  'extension/content.js': 'a browser extension',
  'extension/from-config.js': 'a browser extension',
  'next/app/api/describe/route.js': 'Next.js (server code)',
  'next/app/components/Tagger.tsx': 'Next.js (client component)',
  'next/components/describe.js': 'Next.js (client component)',
  'next/lib/faces.js': 'Next.js (shared code)',
  'next/pages/faces.js': 'Next.js (pages code)',
  'node/src/from-env.js': 'Node.js',
  'node/src/hardcoded.js': 'Node.js',
  'parcel/src/from-env.js': 'Parcel',
  'parcel/src/hardcoded.js': 'Parcel',
  'plain-html/app.js': 'a plain HTML page',
  'react-native/src/api.js': 'React Native (app bundle)',
  'react-native/src/from-env.js': 'React Native (app bundle)',
  'react-native-inline-env/src/api.js': 'React Native (app bundle)',
  'sveltekit/src/lib/hardcoded.js': 'SvelteKit (client code)',
  'sveltekit/src/routes/api/faces/+server.js': 'SvelteKit (server code)',
  'vite/src/from-env.js': 'Vite',
  'vite/src/hardcoded.js': 'Vite',
  'vite-scripts/detect.js': 'Node.js',
  'vite-scripts/src/app.js': 'Vite',
  'vite-scripts/tools/tag-url.js': 'Node.js',
  'vue-cli/src/from-env.js': 'Vue CLI',
  'vue-cli/src/hardcoded.js': 'Vue CLI',
  'webpack-no-env/src/from-config.js': 'webpack',
  'webpack-no-env/src/hardcoded.js': 'webpack',
  'webpack/src/from-env.js': 'webpack',
  'webpack/src/hardcoded.js': 'webpack',
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Every source file of every fixture project (config files are the build's, not the app's). */
function sourceFiles(): { name: string; path: string; expected: string }[] {
  return readdirSync(RUNTIME_DIR)
    .filter((project) => !project.endsWith('.expected'))
    .flatMap((project) =>
      walk(join(RUNTIME_DIR, project))
        .filter((path) => /\.[cm]?[jt]sx?$/.test(path) && !/\.config\.[cm]?[jt]s$/.test(path))
        .map((path) => {
          const inProject = relative(join(RUNTIME_DIR, project), path);
          return { name: `${project}/${inProject}`, path, expected: join(RUNTIME_DIR, `${project}.expected`, inProject) };
        }),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

const files = sourceFiles();

/** Where the file runs: the project's answer for its path and text, or the alternative its code shows (imports, hooks). */
function placed(path: string, text: string): RuntimeFacts {
  return placedRuntime({ ...parseForEngine(text, path), text, filename: path, runtime: runtimeOf({ path, text }) })!;
}

it('covers every fixture file with its expected framework', () => {
  expect(files.map((f) => f.name)).toEqual(Object.keys(FRAMEWORK).sort((a, b) => a.localeCompare(b)));
});

for (const { name, path, expected } of files) {
  describe(`runtime/${name}`, () => {
    const input = readSource(path);
    const findings = JSON.parse(readSource(`${expected}.findings.json`)) as ExpectedFinding[];

    it(`runs in ${FRAMEWORK[name]}, and the codemod's report says so`, () => {
      expect(placed(path, input).framework).toBe(FRAMEWORK[name]);
      expect(migrateSource(input, path).runtime?.framework).toBe(FRAMEWORK[name]);
    });

    it('the codemod writes the expected output and reports the expected findings', () => {
      const result = migrateSource(input, path);
      expect(result.output).toBe(readSource(expected));
      expect(result.findings.map(reportedAsExpected)).toEqual(findings);
    });

    it('ESLint reports the same findings, and its fixes and suggestions give the same output', () => {
      expect(eslintFindings(input, path)).toEqual(findings);
      expect(migrateWithEslint(input, path)).toBe(readSource(expected));
    });
  });
}

const ENV_READ = /(process\.env|import\.meta\.env|(?<![.\w])env)\.([A-Za-z_$][\w$]*)/g;
/** Reads every bundler provides, whatever its prefix rules. */
const BUILD_FLAGS = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** Whether `object.name` has a value where this code runs: a browser bundle has only its prefixed variables. */
function provides(runtime: RuntimeFacts, output: string, object: string, name: string): boolean {
  if (BUILD_FLAGS.has(name)) return true;
  if (!runtime.env || runtime.env.object !== `${object}.`) return false;
  // `env.X` is defined only where the file imports `env` from the runtime's module.
  if (runtime.env.module && !new RegExp(`import \\{ env \\} from '\\${runtime.env.module}'`).test(output)) return false;
  return runtime.target !== 'browser' || name.startsWith(runtime.env.prefix);
}

it('no migrated file reads an env var that its runtime does not provide, and the to-do names exactly what it reads', () => {
  const checked = files.map(({ name, path }) => {
    const input = readSource(path);
    const runtime = placed(path, input);
    const result = migrateSource(input, path);
    const reads = [...result.output.matchAll(ENV_READ)].map(([, object, variable]) => ({ object: object!, variable: variable! }));
    // The reads the migration wrote: one the input already had is the code's own (left as it was where none can work).
    const written = reads.filter((r) => !input.includes(`${r.object}.${r.variable}`));
    const missing = written.filter((r) => !provides(runtime, result.output, r.object, r.variable)).map((r) => `${r.object}.${r.variable}`);
    const added = written.map((r) => r.variable);
    return { name, missing, toDo: result.envVars, added: [...new Set(added)].sort() };
  });
  expect(checked.filter((c) => c.missing.length > 0)).toEqual([]);
  for (const c of checked) expect(c.toDo, c.name).toEqual(c.added);
  // The projects where no env read can work got none.
  const none = checked.filter((c) => /^(plain-html|extension|webpack-no-env|react-native)\//.test(c.name));
  expect(none.map((c) => c.added)).toEqual(none.map(() => []));
});
