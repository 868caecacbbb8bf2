import { AUTO_MIN_SHARE, MIN_SHARE, processCount } from '../src/worker-plan.js';

describe('processCount', () => {
  it.each([
    // [candidates, --cpus, cores, processes]
    [300, undefined, 2, 1],
    [10 * AUTO_MIN_SHARE, undefined, 2, 1],
    [2 * AUTO_MIN_SHARE - 1, undefined, 3, 1],
    [2 * AUTO_MIN_SHARE, undefined, 3, 2],
    [10 * AUTO_MIN_SHARE, undefined, 3, 2],
    [10 * AUTO_MIN_SHARE, undefined, 1, 1],
    [10 * AUTO_MIN_SHARE, undefined, 8, 7],
    [0, undefined, 4, 1],
    [300, 2, 2, 2],
    [2 * MIN_SHARE - 1, 2, 2, 1],
    [10 * MIN_SHARE, 3, 1, 3],
    [10 * MIN_SHARE, 1, 8, 1],
  ])('%i candidates, --cpus %s, %i cores: %i process(es)', (files, requested, cores, expected) => {
    expect(processCount(files, requested, cores)).toBe(expected);
  });
});
