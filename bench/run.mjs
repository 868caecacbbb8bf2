#!/usr/bin/env node
// `pnpm bench`: the codemod and the ESLint rules on generated repositories, side by side with their baselines
// in one run, reported as medians and ratios (this machine is shared and noisy: only ratios travel).
// Flags: --sizes 1000,10000  --runs 3  --eslint-runs 3,1 (per size)  --huge (adds 100000)  --no-eslint  --seed 1
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRepo } from './generate.mjs';
import { measure, median } from './lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = parseArgs(process.argv.slice(2));
const sizes = args.sizes;
const node = process.execPath;
const bin = {
  codemod: join(root, 'packages/codemod/bin/clarifai-codemod.js'),
  eslint: join(root, 'node_modules/eslint/bin/eslint.js'),
  astGrep: join(root, 'node_modules/.bin/ast-grep'),
  readAll: join(here, 'lib/read-all.mjs'),
};

// This machine is shared: the load around the run is part of the result.
const loadBefore = loadavg()[0];
const results = [];
for (const [index, size] of sizes.entries()) {
  // Outside this repository: its .gitignore would hide the generated tree from the codemod.
  const dir = join(tmpdir(), 'clarifai-auth-bench', `repo-${size}-seed${args.seed}`);
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    log(`generating ${size} files in ${dir}`);
    await generateRepo({ dir, files: size, seed: args.seed });
  }
  writeEslintConfigs(dir);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const tools = {
    read: () => measure(node, [bin.readAll, dir]),
    astGrep: () =>
      measure(bin.astGrep, ['scan', '-r', join(here, 'config/ast-grep-rules.yml'), '-j', '2', '--json=compact',
        '--globs', '!**/node_modules/**', '--globs', '!**/dist/**', dir]),
    codemod: () => measure(node, [bin.codemod, '--dry', '--json', '--cpus', '2', '.'], { cwd: dir }),
  };
  await tools.read(); // warm the page cache for everyone
  const samples = { read: [], astGrep: [], codemod: [] };
  let lastCodemod;
  for (let run = 0; run < args.runs; run++) {
    for (const name of rotate(Object.keys(tools), run)) {
      const result = await tools[name]();
      if (name !== 'astGrep' && result.code !== 0) throw new Error(`${name} failed on ${size} files:\n${result.stderr}`);
      samples[name].push(result);
      if (name === 'codemod') lastCodemod = result;
      log(`${size} files, run ${run + 1}: ${name} ${Math.round(result.ms)} ms, ${result.peakMiB.toFixed(0)} MiB`);
    }
  }
  const eslint = { none: [], clarifai: [] };
  const eslintRuns = args.noEslint ? 0 : (args.eslintRuns[index] ?? 1);
  for (let run = 0; run < eslintRuns; run++) {
    for (const name of rotate(['none', 'clarifai'], run)) {
      const result = await measure(node, [bin.eslint, '--config', `eslint.${name}.config.mjs`, '--concurrency', '2',
        '--format', 'json', '--no-warn-ignored', '.'], { cwd: dir });
      if (result.code > 1) throw new Error(`eslint (${name}) failed:\n${result.stderr}`);
      eslint[name].push(result);
      log(`${size} files, eslint run ${run + 1}: ${name} ${Math.round(result.ms)} ms`);
    }
  }
  results.push({ size, samples, eslint, accuracy: accuracy(JSON.parse(lastCodemod.stdout), truth) });
}

const table = render(results);
console.log(`\n${table}`);
writeFileSync(join(here, 'RESULTS.md'), table);
log(`written to bench/RESULTS.md`);

/**
 * ESLint configs written into the generated tree (a flat config only lints files below its own folder): the
 * baseline is typescript-eslint's parser with no rules; the subject adds eslint-plugin-clarifai's recommended config.
 */
function writeEslintConfigs(dir) {
  const resolveFrom = createRequire(join(root, 'package.json'));
  const url = (name) => pathToFileURL(resolveFrom.resolve(name)).href;
  const baseline = [
    `import tseslint from ${JSON.stringify(url('typescript-eslint'))};`,
    'export const baseline = [',
    "  { ignores: ['**/node_modules/**', '**/dist/**'] },",
    "  { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser }, linterOptions: { reportUnusedDisableDirectives: 'off' } },",
    '];',
    'export default baseline;',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'eslint.none.config.mjs'), baseline);
  writeFileSync(
    join(dir, 'eslint.clarifai.config.mjs'),
    `import clarifai from ${JSON.stringify(url('eslint-plugin-clarifai'))};\nimport { baseline } from './eslint.none.config.mjs';\n\nexport default [...baseline, clarifai.configs.recommended];\n`,
  );
}

/** Compares the codemod's findings per file (the set of rule ids) with the generator's ground truth. */
function accuracy(report, truth) {
  const found = new Map(report.files.filter((f) => f.findings.length > 0).map((f) => [f.file.replace(/^\.\//, ''), f.findings]));
  let exact = 0;
  const wrong = [];
  const expected = Object.entries(truth.files).filter(([, shapes]) => shapes.some((s) => s.rules.length > 0));
  for (const [file, shapes] of Object.entries(truth.files)) {
    const want = [...new Set(shapes.flatMap((s) => s.rules))].sort().join(',');
    const got = [...new Set((found.get(file) ?? []).map((f) => f.ruleId))].sort().join(',');
    if (want === got) exact++;
    else wrong.push(`${file}: expected [${want}], got [${got}]`);
    found.delete(file);
  }
  for (const [file, findings] of found) wrong.push(`${file}: expected nothing, got [${findings.map((f) => f.ruleId).join(',')}]`);
  return { expectedFiles: expected.length, listed: Object.keys(truth.files).length, exact, wrong };
}

function render(rows) {
  const ms = (list) => median(list.map((r) => r.ms));
  const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ESLint ${version('eslint')}, typescript-eslint ${version('typescript-eslint')}, ` +
      `ast-grep ${version('@ast-grep/cli')}, jscodeshift ${version('jscodeshift', 'packages/codemod')}. Medians of ${args.runs} runs ` +
      `(ESLint: ${args.eslintRuns.slice(0, rows.length).join(' / ')} runs per size), seed ${args.seed}, about 2% of files calling Clarifai. ` +
      `Load average (1 min) ${loadBefore.toFixed(1)} before the run, ${loadavg()[0].toFixed(1)} after.`,
    '',
    '| files | read all (ms) | ast-grep scan (ms) | codemod --dry --json (ms) | codemod / ast-grep | codemod / read | codemod peak RSS (MiB) | ESLint no rules (ms) | ESLint + clarifai (ms) | ESLint overhead | detection |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const read = ms(row.samples.read);
    const grep = ms(row.samples.astGrep);
    const codemod = ms(row.samples.codemod);
    const peak = Math.max(...row.samples.codemod.map((r) => r.peakMiB));
    const none = row.eslint.none.length ? ms(row.eslint.none) : 0;
    const withRules = row.eslint.clarifai.length ? ms(row.eslint.clarifai) : 0;
    const a = row.accuracy;
    lines.push(
      `| ${row.size} | ${Math.round(read)} | ${Math.round(grep)} | ${Math.round(codemod)} | ${ratio(codemod, grep)} | ${ratio(codemod, read)} | ${peak.toFixed(0)} | ` +
        `${none ? Math.round(none) : '—'} | ${withRules ? Math.round(withRules) : '—'} | ${none ? ratio(withRules, none) : '—'} | ${a.exact}/${a.listed} files exact, ${a.wrong.length} wrong |`,
    );
  }
  if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    lines.push('', `Scaling: ${last.size / first.size}× the files took ${ratio(ms(last.samples.codemod), ms(first.samples.codemod))}× the codemod's time ` +
      `(read all: ${ratio(ms(last.samples.read), ms(first.samples.read))}×).`);
  }
  const wrong = rows.flatMap((r) => r.accuracy.wrong.map((w) => `- ${r.size}: ${w}`));
  lines.push('', 'Goals (issue 5): ESLint overhead ≤ 1.03; codemod ≤ 0.25 × ast-grep; peak RSS ≤ 400 MiB on 10,000 files; 10× files ≤ 11× time; detection exact.');
  if (wrong.length) lines.push('', 'Detection differences:', ...wrong.slice(0, 50));
  return `${lines.join('\n')}\n`;
}

function version(name, from = '.') {
  try {
    return JSON.parse(readFileSync(join(root, from, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function rotate(list, by) {
  return list.map((_, i) => list[(i + by) % list.length]);
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function parseArgs(argv) {
  const options = { sizes: [1000, 10000], runs: 3, eslintRuns: [3, 1, 1], seed: 1, noEslint: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes') options.sizes = argv[++i].split(',').map(Number);
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--eslint-runs') options.eslintRuns = argv[++i].split(',').map(Number);
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--huge') options.sizes = [...options.sizes, 100000];
    else if (arg === '--no-eslint') options.noEslint = true;
    else throw new Error(`unknown flag ${arg}`);
  }
  return options;
}
