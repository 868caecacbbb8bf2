// Mutation fuzzing over the shared fixture corpus (fixtures/), the examples and test/hardening/fuzz-seeds/:
// seeded and bounded here; `node scripts/fuzz.mjs --seconds 600` runs the same fuzzer for longer.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCorpus, fuzz } from './fuzz-core.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 424242);
const MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 1500);
const BUDGET_MS = 2000;

interface Failure {
  id: string;
  file: string;
  ops: string[];
  kind: string;
  message: string;
  text: string;
  saved?: string;
}

describe('mutation fuzzing of the corpus', () => {
  it(`every mutant is a parse error or analyses, fixes within 10 passes and stays parseable (seed ${SEED})`, async () => {
    const corpus = collectCorpus();
    expect(corpus.length, 'the corpus has source files').toBeGreaterThan(0);
    const saveDir = join(tmpdir(), `clarifai-fuzz-${SEED}`);
    const stats = await fuzz({ seed: SEED, mutants: MUTANTS, seconds: 50, budgetMs: BUDGET_MS, corpus, saveDir, log: console.log });
    console.log(
      `fuzz iterations: ${stats.iterations} mutants (+${stats.originals} corpus files unmutated) of ${stats.corpusFiles} files, seed ${SEED}: ` +
        `${stats.parsed} parsed (${stats.mutantsParsed} of them mutants; ${stats.changedByFix} changed by fixing), ${stats.parseErrors} parse errors, ${stats.hangs} hangs, ` +
        `${stats.failures.length} failures; slowest ${Math.round(stats.maxMs)} ms (budget ${BUDGET_MS} ms)`,
    );
    const failures = stats.failures as Failure[];
    const summary = failures.map((f) => `${f.kind} in ${f.ops[0] === "original" ? "" : "a mutant of "}${f.file} (${f.ops.join(", ")}): ${f.message.split('\n')[0]}${f.saved ? `\n  saved as ${f.saved}` : ''}`);
    expect(summary).toEqual([]);
    expect(stats.iterations).toBeGreaterThanOrEqual(Math.min(MUTANTS, 500));
    // Mutants that stop at the parser test only the parser: at least half must reach the analysis and the fixes.
    expect(stats.mutantsParsed, `mutants analysed of ${stats.iterations}`).toBeGreaterThanOrEqual(stats.iterations / 2);
    expect(stats.changedByFix, 'mutants and corpus files changed by fixing').toBeGreaterThanOrEqual(stats.iterations / 10);
  }, 90_000);
});
