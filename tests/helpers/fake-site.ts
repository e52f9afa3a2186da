/** A folder shaped like a built site, for CLI tests that only read `kb/NNN/QID/` (the e2e tests use real builds). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlePath } from '../../src/lib/site/urls.ts';
import { tempDir } from './cli.ts';

/** The default articles' titles, as their oembed.json gives them after the id. */
export const archived: Record<string, string> = {
  Q311457: 'SMS: How to Obtain and Install SMS 2.0 SP4',
  Q266130: 'SMS: Component Versions in Microsoft Systems Management Server 2',
  Q313839: 'SMS: Previously Applied "Quick Fix Engineering" (QFE) Fixes May',
};

/**
 * `index.html`, and `kb/NNN/QID/index.html` + `oembed.json` (its `Qnnn: ` title and absolute `url` under `root`) for
 * each article of `titles`; `cited` ids get a page only, like a not-in-archive page.
 */
export async function fakeSite(titles: Record<string, string> = archived, cited: readonly string[] = [], root = 'https://kb.example.org/'): Promise<string> {
  const site = await tempDir('kbatlas-site-');
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>KB Atlas</title>');
  for (const id of [...Object.keys(titles), ...cited]) {
    const dir = join(site, articlePath(id));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${id}</title>`);
    const title = titles[id];
    if (title !== undefined) writeFileSync(join(dir, 'oembed.json'), JSON.stringify({ version: '1.0', type: 'link', title: `${id}: ${title}`, url: `${root}${articlePath(id)}`, schemaVersion: 2, id }));
  }
  return site;
}
