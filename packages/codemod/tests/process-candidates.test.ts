import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The built module: its workers load dist/transform.js beside it.
import { processCandidates } from '../dist/process-candidates.js';
import { fixture, removeTempTrees, tempTree } from './helpers.js';

afterAll(removeTempTrees);

function candidates(count: number): string[] {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`src/f${i}.ts`] = fixture('grpc-api-key.input.ts');
  const dir = tempTree(files);
  return Object.keys(files).map((name) => join(dir, name)).sort();
}

/** Live child processes of this process (Linux /proc; elsewhere, none are seen). */
function liveChildren(): string[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return [];
  }
  return pids.filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(ppid) === process.pid && state !== 'Z' && state !== 'X';
    } catch {
      return false;
    }
  });
}

describe('processCandidates', () => {
  it.each([
    [1, 300, 1],
    [2, 299, 1],
    [2, 300, 2],
    [3, 300, 2],
  ])('with --cpus %i and %i candidates uses %i process(es), one record per file', async (cpus, count, processes) => {
    const files = candidates(count);
    const done: number[] = [];
    const result = await processCandidates(files, { flags: {}, cpus, contexts: new Map(), onProgress: (n) => done.push(n) });
    expect(result.processes).toBe(processes);
    expect(result.records.map((r) => r.path).sort()).toEqual(files);
    expect(result.records.every((r) => r.changed && r.findings[0]?.fixed && r.output === fixture('grpc-api-key.output.ts'))).toBe(true);
    // Every file counts towards the progress, wherever it was migrated.
    expect(done).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(liveChildren()).toEqual([]);
  });

  it('stops when its signal aborts: no further file, every worker killed and waited for, the reason thrown', async () => {
    const files = candidates(400);
    const stop = new AbortController();
    const reason = new Error('stopped');
    let migrated = 0;
    const run = processCandidates(files, {
      flags: {},
      cpus: 2,
      contexts: new Map(),
      signal: stop.signal,
      onProgress: (n) => {
        migrated = n;
        if (n === 20) stop.abort(reason);
      },
    });
    await expect(run).rejects.toBe(reason);
    expect(migrated).toBeLessThan(100);
    expect(liveChildren()).toEqual([]);
  });
});
