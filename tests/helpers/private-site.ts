/**
 * A private site for one spec file: sources imported with the real CLI into a temporary folder, built
 * with `astro build` (KB_CONTENT_DIR, KB_OUT_DIR) and served by the small static host.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { kbatlas, tempDir } from './cli.ts';
import { serveStatic, type StaticServer } from './search-server.ts';
import { buildSite } from './site-build.ts';

/** A built and served private site. */
export interface PrivateSite {
  /** Origin of the static host, `http://127.0.0.1:PORT`. */
  origin: string;
  /** The build folder. */
  outDir: string;
  /** What the import printed. */
  importOutput: string;
  /** Stops the host and removes the folders. */
  close(): Promise<void>;
}

/** Imports `sources` (files or folders), builds the site at the root and serves it. */
export async function privateSite(sources: string[]): Promise<PrivateSite> {
  const work = await tempDir('kbatlas-private-site-');
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  const run = await kbatlas(['import', ...sources, '--out', contentDir, '--no-progress']);
  if (run.code !== 0) throw new Error(`import failed (${run.code}):\n${run.stderr}`);
  await buildSite({ contentDir, outDir });
  const server: StaticServer = await serveStatic(outDir);
  return {
    origin: server.origin,
    outDir,
    importOutput: run.stdout + run.stderr,
    close: async () => {
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
