import { availableParallelism } from 'node:os';

/**
 * The fewest files worth a worker of their own when the user named `--cpus`. A worker costs about 0.7 s of CPU
 * before its first file (node, jscodeshift, the engine and TypeScript) and a candidate 10-40 ms; measured on two
 * busy cores, shares of ~140 files were slower than one process and shares of ~530 faster.
 */
export const MIN_SHARE = 150;

/**
 * The fewest files per process when the count is ours to choose: a share must clearly repay its worker's start-up,
 * on cores that other processes also use. On two cores ~300 candidates ran faster (and used a third less CPU) in
 * one process than in two.
 */
export const AUTO_MIN_SHARE = 500;

/**
 * How many processes migrate `files` candidates (this one included): `--cpus` when given (never more than one per
 * `MIN_SHARE` files), otherwise one per `AUTO_MIN_SHARE` files on all but one of the cores this process may use.
 * That core is left to the rest of the machine: on two shared cores, 100,000 files (2,737 candidates) took 27% more
 * CPU and 666 instead of 394 MiB in two processes than in one.
 */
export function processCount(files: number, requested: number | undefined, cores = availableParallelism()): number {
  const limit = requested ?? cores - 1;
  const share = requested === undefined ? AUTO_MIN_SHARE : MIN_SHARE;
  return Math.max(1, Math.min(limit, Math.floor(files / share)));
}
