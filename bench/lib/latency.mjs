// The editor's cost: ESLint's warm per-file latency on the files that call Clarifai, with and without the Clarifai
// rules, measured in one process with ESLint's Linter (as an editor's ESLint server keeps it warm), in CPU time.
//   node bench/lib/latency.mjs <generated-dir>  → JSON on stdout
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import { median } from './measure.mjs';
import { BASELINES, configFile } from './eslint-configs.mjs';

const WARM_UP = 2;
const REPS = 5;

const dir = process.argv[2];
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const files = Object.entries(truth.files)
  .filter(([, shapes]) => shapes.some((s) => s.rules.length > 0))
  .map(([file]) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
const linter = new Linter({ configType: 'flat', cwd: dir });
const configs = {};
for (const baseline of BASELINES) {
  for (const withClarifai of [false, true]) {
    const name = configFile(baseline, withClarifai);
    configs[name] = (await import(pathToFileURL(join(dir, name)).href)).default;
  }
}

/** CPU milliseconds, not wall: on a shared machine a lint's wall time is mostly other processes' turns. */
const lintMs = (config, { file, text }) => {
  const started = process.cpuUsage();
  linter.verify(text, config, join(dir, file));
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
};
const result = { files: files.length };
for (const baseline of BASELINES) {
  const without = configs[configFile(baseline, false)];
  const withRules = configs[configFile(baseline, true)];
  for (let i = 0; i < WARM_UP; i++) for (const f of files) (lintMs(without, f), lintMs(withRules, f));
  // Per file: the median of paired, alternating runs, so both configs see the same load.
  const base = [];
  const extra = [];
  for (const f of files) {
    const a = [];
    const b = [];
    for (let i = 0; i < REPS; i++) {
      if (i % 2) (b.push(lintMs(withRules, f)), a.push(lintMs(without, f)));
      else (a.push(lintMs(without, f)), b.push(lintMs(withRules, f)));
    }
    base.push(median(a));
    extra.push(median(b) - median(a));
  }
  const p95 = (list) => [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(list.length * 0.95))];
  result[baseline] = { baselineMs: median(base), clarifaiMs: median(extra), clarifaiP95Ms: p95(extra) };
}
console.log(JSON.stringify(result));
