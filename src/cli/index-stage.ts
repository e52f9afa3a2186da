/**
 * The archive build's index stage: the shards to rebuild, split over `jobs` child processes
 * (`kbatlas index`), each with its own Pagefind service. One service indexes one page at a time on
 * one core; two of them take half the time, and each holds only its own shard's index.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ShardReport } from '../integrations/pagefind.ts';

const KBATLAS = fileURLToPath(new URL('../../bin/kbatlas.js', import.meta.url));

/** Runs `kbatlas index <site> --shards <shards> --only <group>` and collects its reports. */
function indexGroup(site: string, shards: number, group: readonly number[]): Promise<ShardReport[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KBATLAS, 'index', site, '--shards', String(shards), '--only', group.join(',')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`indexing shards ${group.join(', ')} failed (exit ${code}):\n${stderr.trim()}`));
      resolve(stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ShardReport));
    });
  });
}

/** Rebuilds the bundles of `only` (shard numbers) with up to `jobs` processes; largest groups first. */
export async function indexInParallel(site: string, shards: number, only: readonly number[], jobs: number): Promise<ShardReport[]> {
  const groups: number[][] = Array.from({ length: Math.max(1, Math.min(jobs, only.length)) }, () => []);
  only.forEach((shard, i) => groups[i % groups.length]!.push(shard));
  const reports = (await Promise.all(groups.map((group) => indexGroup(site, shards, group)))).flat();
  return reports.sort((a, b) => a.shard - b.shard);
}
