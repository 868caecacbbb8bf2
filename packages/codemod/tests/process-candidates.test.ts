import { readdirSync } from 'node:fs';
import { join } from 'node:path';
// The built module: its workers load dist/transform.js beside it.
import { processCandidates } from '../dist/process-candidates.js';
import { readRecords } from '../dist/records.js';
import { fixture, removeTempTrees, tempTree } from './helpers.js';

afterAll(removeTempTrees);

function candidates(count: number): string[] {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`src/f${i}.ts`] = fixture('grpc-api-key.input.ts');
  const dir = tempTree(files);
  return Object.keys(files).map((name) => join(dir, name)).sort();
}

describe('processCandidates', () => {
  it.each([
    [1, 300, 1],
    [2, 299, 1],
    [2, 300, 2],
    [3, 300, 2],
  ])('with --cpus %i and %i candidates uses %i process(es), one record per file', async (cpus, count, processes) => {
    const files = candidates(count);
    const recordDir = tempTree();
    await processCandidates(files, { transformOptions: { recordDir }, cpus, contexts: new Map() });
    expect(readdirSync(recordDir).filter((name) => name.endsWith('.jsonl'))).toHaveLength(processes);
    const records = readRecords(recordDir);
    expect(records.map((r) => r.path).sort()).toEqual(files);
    expect(records.every((r) => r.changed && r.findings[0]?.fixed)).toBe(true);
  });
});
