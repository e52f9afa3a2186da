/** Child process of swap.test.ts: swaps `<staging>` into `<out>` file by file, as an incremental build does, to be killed part-way. */
import { filesUnder } from '../../../src/lib/digest.ts';
import { readMarker } from '../../../src/lib/archive-build/output/marker.ts';
import { applySwap, planSwap } from '../../../src/lib/archive-build/output/swap.ts';

const [out, staging] = process.argv.slice(2) as [string, string];
const staged = { dir: staging, files: filesUnder(staging), same: 0 };
const plan = planSwap(out, staged, readMarker(out), { fresh: false, obsolete: [], folders: [] });
process.stdout.write('planned\n');
applySwap(out, staged, plan);
