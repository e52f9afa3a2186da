/**
 * Search quality over a built site, through the search page's own client code run in Node: the
 * hand-written tuning set (tests/corpus/search-queries.ts, answers from the 2,000 sample) and the
 * generated title and phrase sets (tests/corpus/generated-queries.ts), each query answered when a
 * good article is in its first three results. Prints counts and the misses; asserts nothing.
 *
 *   node scripts/search-quality.ts <dist> [--count 100] [--queries out.json]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { idFromQuery } from '../src/lib/search/ids.ts';
import { makeJudge, phraseQueries, titleQueries, type GeneratedQuery } from '../tests/corpus/generated-queries.ts';
import { tuningQueries } from '../tests/corpus/search-queries.ts';
import { readArticleTexts } from '../tests/helpers/article-text.ts';
import { openNodeSearch } from '../tests/helpers/pagefind-node.ts';

const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--count' && args[args.indexOf(a) - 1] !== '--queries') ?? 'dist');
const count = Number(args[args.indexOf('--count') + 1] ?? 100) || 100;
const queriesOut = args.includes('--queries') ? args[args.indexOf('--queries') + 1] : undefined;

let t = performance.now();
const articles = readArticleTexts(dist);
console.log(`${articles.length} articles read in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const generated = [...titleQueries(articles, count), ...phraseQueries(articles, count)];
if (queriesOut) writeFileSync(queriesOut, `${JSON.stringify(generated, null, 1)}\n`);
const judge = makeJudge(articles);

const search = await openNodeSearch(dist);
try {
  t = performance.now();
  const tuning = { first: 0, top3: 0, misses: [] as string[] };
  for (const { q, first, alsoFirst = [] } of tuningQueries) {
    // An id is answered by the page without a search: its article is first by construction.
    const ids = idFromQuery(q) ? [idFromQuery(q)!] : await search.ids(q, 3);
    const good = (id: string) => id === first || alsoFirst.includes(id);
    if (good(ids[0] ?? '')) tuning.first += 1;
    else tuning.misses.push(`${q} → ${ids.join(' ') || 'nothing'} (want ${first}, first)`);
    if (ids.some(good)) tuning.top3 += 1;
  }
  console.log(`tuning set: ${tuning.first}/${tuningQueries.length} first, ${tuning.top3}/${tuningQueries.length} in the top 3`);
  for (const miss of tuning.misses) console.log(`  miss: ${miss}`);

  for (const kind of ['title', 'phrase'] as const) {
    const set = generated.filter((g) => g.kind === kind);
    const ranks: number[] = [];
    const misses: string[] = [];
    for (const query of set) {
      const ids = await search.ids(query.q, 10);
      const rank = judge(query as GeneratedQuery, ids);
      ranks.push(rank);
      if (rank === 0 || rank > 3) misses.push(`${JSON.stringify(query.q)} (${query.id}) → ${ids.slice(0, 3).join(' ') || 'nothing'}${rank ? `, found at ${rank}` : ''}`);
    }
    const within = (n: number) => ranks.filter((r) => r > 0 && r <= n).length;
    console.log(`${kind} queries (${set.length}): ${within(1)} first, ${within(3)} in the top 3 (${((100 * within(3)) / set.length).toFixed(1)} %), ${within(10)} in the top 10`);
    for (const miss of misses) console.log(`  miss: ${miss}`);
  }
  console.log(`queries run in ${((performance.now() - t) / 1000).toFixed(1)} s`);
} finally {
  await search.close();
}
