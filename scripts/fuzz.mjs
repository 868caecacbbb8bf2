#!/usr/bin/env node
// Long fuzz runs of the engine: the mutation fuzzer of test/hardening/fuzz.test.ts without its bounds, and
// optionally the fast-check properties of test/hardening/property.test.ts with more runs.
//
//   node scripts/fuzz.mjs --seconds 600                 # mutate the corpus for 10 minutes, every core
//   node scripts/fuzz.mjs --seed 7 --mutants 50000      # a fixed, reproducible amount
//   node scripts/fuzz.mjs --seconds 0 --property-runs 5000 --property-seed 3
//
// Needs a build (`npx tsc -b`). Failing mutants are saved (default: $TMPDIR/clarifai-fuzz-<seed>/) and
// the exit code is 1 when any mutant failed or hung.
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collectCorpus, fuzz, ROOT } from '../test/hardening/fuzz-core.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '600' },
    mutants: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    budget: { type: 'string', default: '2000' },
    save: { type: 'string' },
    'property-runs': { type: 'string' },
    'property-seed': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: node scripts/fuzz.mjs [--seconds N] [--mutants N] [--seed N] [--workers N] [--budget ms] [--save dir] [--property-runs N] [--property-seed N]');
  process.exit(0);
}

const seed = Number(values.seed ?? Date.now() % 1_000_000);
const seconds = Number(values.seconds);
const mutants = values.mutants ? Number(values.mutants) : Infinity;
const workers = Number(values.workers ?? availableParallelism());
const budgetMs = Number(values.budget);
const saveDir = values.save ?? join(tmpdir(), `clarifai-fuzz-${seed}`);
let failed = false;

if (seconds > 0 && mutants > 0) {
  const corpus = collectCorpus();
  console.log(`fuzzing ${corpus.length} corpus files, seed ${seed}, ${workers} workers, ${seconds} s, budget ${budgetMs} ms per mutant`);
  const started = Date.now();
  const stats = await fuzz({ seed, mutants, seconds, budgetMs, workers, corpus, saveDir, log: (line) => console.log(line) });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz iterations: ${stats.iterations} mutants (+${stats.originals} corpus files) in ${secs} s: ${stats.parsed} parsed ` +
      `(${stats.changedByFix} changed by fixing), ${stats.parseErrors} parse errors, ${stats.hangs} hangs, ${stats.failures.length} failures; ` +
      `slowest ${Math.round(stats.maxMs)} ms`,
  );
  for (const f of stats.failures) console.log(`  ${f.kind}: ${f.file} (${f.ops.join(', ')}) ${f.message.split('\n')[0]}${f.saved ? ` -> ${f.saved}` : ''}`);
  if (stats.failures.length > 0) failed = true;
}

if (values['property-runs']) {
  const env = { ...process.env, HARDENING_RUNS: values['property-runs'], HARDENING_SEED: values['property-seed'] ?? String(seed) };
  console.log(`property tests: ${env.HARDENING_RUNS} runs per property, seed ${env.HARDENING_SEED}`);
  const run = spawnSync('npx', ['vitest', 'run', 'test/hardening/property.test.ts', '--testTimeout=0'], { cwd: ROOT, env, stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}

process.exit(failed ? 1 : 0);
