/**
 * A deterministic work counter: V8's precise block coverage (through the inspector) counts how many
 * times every function and block of the converter ran — loop iterations included — while a function
 * runs. The sum over the parser and emitter (and the libraries they call) measures work without a clock.
 */
import { Session } from 'node:inspector/promises';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** Whether a script's work counts: our source and its dependencies, not tests or Node's internals. */
function counted(url: string): boolean {
  return url.startsWith('file://') && !url.includes('/tests/');
}

/** Runs `fn` and returns the number of function and block executions it caused in counted scripts. */
export async function work(fn: () => unknown): Promise<number> {
  await session.post('Profiler.takePreciseCoverage');
  fn();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  let total = 0;
  for (const script of result) {
    if (!counted(script.url)) continue;
    for (const f of script.functions) for (const range of f.ranges) total += range.count;
  }
  return total;
}
