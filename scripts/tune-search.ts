/**
 * Ranking ablations over the tuning query set (tests/corpus/search-queries.ts) on a built site of the
 * 2,000-article sample: for each configuration, re-indexes the site with those settings (impacts are
 * computed at build time) and reports how many queries put the expected article first, and the mean
 * reciprocal rank over the top 10. Queries run as the search page runs them (runQuery: canonical id,
 * pinning). Prints a table; asserts nothing. The index is left built with the chosen settings.
 *
 *   node scripts/tune-search.ts <built-site-of-the-sample>
 *   node scripts/tune-search.ts <any-built-site> --as-built     # the site's index as it is, no re-indexing
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runQuery } from '../src/lib/search/client/query.ts';
import { SearchIndex } from '../src/lib/search/engine/search.ts';
import { ranking } from '../src/lib/search/engine/weights.ts';
import { indexSite } from '../src/lib/search/indexer/index-site.ts';
import { tuningQueries } from '../tests/corpus/search-queries.ts';

const site = resolve(process.argv[2] ?? 'dist');
type Settings = { -readonly [K in keyof typeof ranking]: number };
const chosen: Settings = { ...ranking };
const asBuilt = process.argv.includes('--as-built');
const configurations: Array<[string, Partial<Settings>]> = asBuilt ? [['as built', {}]] : [
  ['chosen', {}],
  ['BM25 defaults (k1 1.2, b 0.75)', { pageLength: 0.75 }],
  ['pageLength 0.25', { pageLength: 0.25 }],
  ['termSaturation 2.0', { termSaturation: 2.0 }],
  ['titleWeight 1', { titleWeight: 1 }],
  ['idsWeight 1', { idsWeight: 1 }],
  ['averageLength 200', { averageLength: 200 }],
];

const rows: string[] = [];
for (const [name, change] of configurations) {
  Object.assign(ranking as Settings, chosen, change);
  if (!asBuilt) indexSite(site, { force: true });
  const index = await SearchIndex.open(async (path) => {
    try {
      return readFileSync(join(site, 'search-index', path));
    } catch {
      return null;
    }
  });
  let first = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const { q, first: expected } of tuningQueries) {
    const { hits } = await runQuery(index, { q, filters: {}, sort: 'relevance' }, false);
    const rank = hits.slice(0, 10).findIndex((hit) => `Q${hit.n}` === expected) + 1;
    if (rank === 1) first++;
    else misses.push(`${q} → ${rank || '>10'}`);
    if (rank > 0) reciprocal += 1 / rank;
  }
  rows.push(`| ${name} | ${first}/${tuningQueries.length} | ${(reciprocal / tuningQueries.length).toFixed(3)} | ${misses.join('; ')} |`);
}
Object.assign(ranking as Settings, chosen);
if (!asBuilt) indexSite(site, { force: true });
console.log('| Configuration | First | MRR | Not first |\n| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
