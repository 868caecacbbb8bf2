// What a user gets from the published tarballs: license, README, metadata, source maps that resolve, types that
// check in a strict project without dev dependencies, and the plugin from CommonJS.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { ROOT, packAndInstall, readJson, type Consumer, type PackageJson, type PackedPackage } from './install-packed.js';

const root = readJson<PackageJson>(join(ROOT, 'package.json'));
const REPOSITORY = root.repository!.url!;
/** The repository's web address, as the rule docs links use it. */
const WEB = REPOSITORY.replace(/^git\+/, '').replace(/\.git$/, '');

let consumer: Consumer;
beforeAll(() => {
  consumer = packAndInstall();
});
afterAll(() => {
  if (consumer) rmSync(dirname(consumer.dir), { recursive: true, force: true });
});

const each = (check: (pkg: PackedPackage) => void) => () => {
  expect(consumer.packages.map((p) => p.workspaceDir).sort()).toEqual([
    'packages/codemod',
    'packages/engine',
    'packages/eslint-plugin',
    'packages/project',
  ]);
  for (const pkg of consumer.packages) check(pkg);
};

/** The public modules of a package: the subpaths of its `exports` map, but its JSON files (`./package.json`, schemas). */
function entryPoints({ manifest }: PackedPackage): string[] {
  const keys = Object.keys(manifest.exports as object);
  const subpaths = keys.every((key) => key.startsWith('.')) ? keys : ['.'];
  return subpaths.filter((s) => !s.endsWith('.json')).map((s) => posix.join(manifest.name, s));
}

/** A PAT call written for these tests: the model is Clarifai's, and no owner is named. */
const PAT_CALL_WITHOUT_OWNER = [
  "const response = await fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {",
  "  method: 'POST',",
  '  headers: { Authorization: `Key ${process.env.CLARIFAI_PAT}` },',
  "  body: JSON.stringify({ inputs: [{ data: { image: { url: 'https://example.test/cat.jpg' } } }] }),",
  '});',
  'export default response;',
  '',
].join('\n');

function run(command: string, args: string[], cwd: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: `${stdout}${stderr}` };
  }
}

describe('the packed packages', () => {
  it('each ship the MIT LICENSE of the repository', each(({ files, installedDir, manifest }) => {
    expect(files, manifest.name).toContain('LICENSE');
    expect(readFileSync(join(installedDir, 'LICENSE'), 'utf8')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    expect(manifest.license).toBe('MIT');
  }));

  it('each name the repository, their folder in it, a homepage and where to report bugs', each(({ workspaceDir, manifest }) => {
    expect({ repository: manifest.repository, homepage: manifest.homepage, bugs: manifest.bugs }).toEqual({
      repository: { type: 'git', url: REPOSITORY, directory: workspaceDir },
      homepage: `${WEB}/tree/main/${workspaceDir}#readme`,
      bugs: { url: `${WEB}/issues` },
    });
  }));

  it('are released together: one version (the rule docs links name the tag v<version>)', () => {
    expect(new Set(consumer.packages.map((p) => p.manifest.version)).size).toBe(1);
    const dependencies = consumer.packages.flatMap((p) => Object.values(p.manifest.dependencies ?? {}));
    expect(dependencies.filter((range) => range.startsWith('workspace:'))).toEqual([]);
  });

  it('each have a README whose links resolve: in the tarball, or in the repository at the released tag', each((pkg) => {
    const { files, installedDir, manifest } = pkg;
    expect(files, manifest.name).toContain('README.md');
    const readme = readFileSync(join(installedDir, 'README.md'), 'utf8');
    expect(readme.startsWith(`# ${manifest.name}\n`)).toBe(true);
    for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
      const path = target!.replace(/#.*$/, '');
      if (target!.startsWith(WEB)) {
        const [, ref, inRepo] = /^\/(?:blob|tree)\/([^/]+)\/(.+)$/.exec(target!.slice(WEB.length).replace(/#.*$/, '')) ?? [];
        expect(ref, target).toBe(`v${manifest.version}`);
        expect(existsSync(join(ROOT, inRepo!)), target).toBe(true);
      } else if (!/^[a-z]+:/.test(target!) && path !== '') {
        expect(files, `${manifest.name}: ${target}`).toContain(posix.normalize(path));
      }
    }
  }));

  it('ship no source map that points at a missing file', each(({ files, installedDir, manifest }) => {
    const shipped = new Set(files);
    for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
      const [, map] = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(installedDir, file), 'utf8')) ?? [];
      if (map) expect(shipped.has(posix.join(posix.dirname(file), map)), `${manifest.name}: ${file} -> ${map}`).toBe(true);
    }
    for (const file of files.filter((f) => f.endsWith('.map'))) {
      const { sources, sourceRoot = '' } = readJson<{ sources: string[]; sourceRoot?: string }>(join(installedDir, file));
      for (const source of sources) {
        const resolved = posix.normalize(posix.join(posix.dirname(file), sourceRoot, source));
        expect(shipped.has(resolved), `${manifest.name}: ${file} -> ${source}`).toBe(true);
      }
    }
  }));

  it('type-check in a strict project (skipLibCheck: false) that imports every public entry point', () => {
    const entries = consumer.packages.flatMap(entryPoints);
    expect(entries.sort()).toEqual([
      '@clarifai-auth/engine',
      '@clarifai-auth/project',
      'clarifai-codemod',
      'clarifai-codemod/transform',
      'eslint-plugin-clarifai',
    ]);
    const src = join(consumer.dir, 'src');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(consumer.dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(consumer.dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          types: ['node'],
          noEmit: true,
        },
        include: ['src'],
      }),
    );
    writeFileSync(
      join(src, 'entries.ts'),
      `${entries.map((entry, i) => `import * as entry${i} from '${entry}';`).join('\n')}\n` +
        `export const entries = [${entries.map((_, i) => `entry${i}`).join(', ')}];\n`,
    );
    writeFileSync(
      join(src, 'usage.ts'),
      [
        "import type { Linter } from 'eslint';",
        "import clarifai from 'eslint-plugin-clarifai';",
        "import { migrateSource, type Report } from 'clarifai-codemod';",
        "import transform from 'clarifai-codemod/transform';",
        'export const config: Linter.Config[] = [clarifai.configs.recommended];',
        "export const changed: boolean = migrateSource('', 'a.ts', { allowed: ['safe'] }).changed;",
        "export const output = transform({ path: 'a.js', source: '' }, {});",
        'export type Files = Report["files"];',
      ].join('\n'),
    );
    writeFileSync(
      join(src, 'config.cts'),
      "import clarifai = require('eslint-plugin-clarifai');\nexport const recommended = clarifai.configs.recommended;\n",
    );
    const tsc = run(process.execPath, [join(consumer.dir, 'node_modules/typescript/bin/tsc'), '-p', '.'], consumer.dir);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  }, 180_000); // skipLibCheck: false checks every declaration file, TypeScript's own too: about 30 s on an idle machine

  it('give CommonJS the plugin itself from require()', () => {
    const script =
      "const p = require('eslint-plugin-clarifai');" +
      'console.log(JSON.stringify({ name: p.meta.name, default: typeof p.default, recommended: p.configs.recommended.name,' +
      " create: typeof p.rules['require-user-app-id'].create }));";
    const result = run(process.execPath, ['-e', script], consumer.dir);
    expect(JSON.parse(result.output)).toEqual({
      name: 'eslint-plugin-clarifai',
      default: 'undefined',
      recommended: 'clarifai/recommended',
      create: 'function',
    });
  });

  it('lint with the plugin from a CommonJS ESLint config', () => {
    writeFileSync(join(consumer.dir, 'eslint.config.cjs'), "module.exports = [require('eslint-plugin-clarifai').configs.recommended];\n");
    writeFileSync(join(consumer.dir, 'call.mjs'), PAT_CALL_WITHOUT_OWNER);
    const eslint = run(process.execPath, [join(consumer.dir, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', 'call.mjs'], consumer.dir);
    expect(eslint.status).toBe(1);
    const [{ messages }] = JSON.parse(eslint.output) as [{ messages: { ruleId: string; line: number; column: number }[] }];
    expect(messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
      { ruleId: 'clarifai/require-user-app-id', line: 1, column: 24 },
    ]);
  });

  it("run the codemod, whose dry-run report matches the JSON Schema it ships and whose SARIF links each rule's docs", () => {
    const project = join(consumer.dir, 'app');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'call.mjs'), PAT_CALL_WITHOUT_OWNER);
    const bin = join(consumer.dir, 'node_modules/clarifai-codemod/bin/clarifai-codemod.js');
    const codemod = run(process.execPath, [bin, '--dry', '--json', '--sarif', 'out.sarif', '.'], project);
    expect(codemod.status).toBe(0);
    const report = JSON.parse(codemod.output) as { summary: object };
    const schema = readJson<object>(createRequire(join(project, 'call.mjs')).resolve('clarifai-codemod/report.schema.json'));
    const validate = new Ajv2020().compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toMatchObject({ dryRun: true, wouldChange: 1, wouldFix: 1 });
    const { version } = consumer.packages[0]!.manifest;
    const sarif = readJson<{ runs: [{ tool: { driver: { rules: { id: string; helpUri: string }[] } } }] }>(join(project, 'out.sarif'));
    for (const { id, helpUri } of sarif.runs[0].tool.driver.rules) {
      expect(helpUri).toBe(`${WEB}/blob/v${version}/packages/eslint-plugin/docs/rules/${id}.md`);
    }
  });
});
