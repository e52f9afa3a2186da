/**
 * The embedded default articles built as two sites in a private folder: at the root and under
 * `/kbarchive/`. Used by the browser tests' web server and the Lighthouse audit; private folders keep
 * them clear of `dist/` and `content/kb/`.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { kbatlas, repoRoot } from './cli.ts';
import { buildSite } from './site-build.ts';

/** One built site: its folder and the base path it was built for. */
export interface BuiltSite {
  outDir: string;
  base: string;
}

/** The default site built in `work/root` (base `/`) and `work/base` (base `/kbarchive/`), its pages in `work/content`. */
export interface DefaultSites {
  contentDir: string;
  root: BuiltSite;
  based: BuiltSite;
}

/** Where the default sites of `work` are (built or not). */
export function defaultSites(work: string): DefaultSites {
  return {
    contentDir: join(work, 'content'),
    root: { outDir: join(work, 'root'), base: '/' },
    based: { outDir: join(work, 'base'), base: '/kbarchive/' },
  };
}

/**
 * Imports the default articles into `work/content` and builds both sites, one after the other (two
 * builds at once would share `.astro/` and the two CPUs). With `reuse`, sites already built are kept.
 */
export async function buildDefaultSites(work: string, { reuse = false } = {}): Promise<DefaultSites> {
  const sites = defaultSites(work);
  const built = [sites.root, sites.based];
  if (reuse && built.every((site) => existsSync(join(site.outDir, 'index.html')))) return sites;
  await rm(sites.contentDir, { recursive: true, force: true });
  const run = await kbatlas(['import', join(repoRoot, 'content/sources'), '--out', sites.contentDir, '--no-progress']);
  if (run.code !== 0) throw new Error(`import of the default articles failed:\n${run.stderr}`);
  for (const site of built) await buildSite({ contentDir: sites.contentDir, outDir: site.outDir, base: site.base });
  return sites;
}
