/**
 * How many cases each fuzz property runs: modest in CI, raised for a long run with FUZZ_RUNS
 * (`FUZZ_RUNS=20000 npm run test:unit`). FUZZ_SEED replays a failing run.
 */
import type { Parameters } from 'fast-check';

/** Cases per property: FUZZ_RUNS when set, else `ci` scaled by `weight` (default 1). */
export function runs(ci: number): number {
  const wanted = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(wanted) && wanted > 0 ? Math.max(1, Math.round((wanted * ci) / 200)) : ci;
}

/** fast-check parameters for a property of `ci` cases in CI (seed from FUZZ_SEED when set). */
export function params<T>(ci: number): Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runs(ci), ...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {}) };
}
