/**
 * Digests of what each incrementally rendered page shows, route by route (the plan stage compares
 * them with those recorded when dist/ was last written: plan-stage.ts). Each function lists every
 * input its page reads from the archive index; a page whose inputs are unchanged renders to the
 * same bytes. The archive build's incremental test rebuilds after an edit and compares with a cold
 * build of the same content, so a missing input here fails it. The output file names are the
 * routes' own (page-files.ts), so the plan and the routes name the same pages.
 */
import type { ArchiveIndex, ArticleCard } from '../site/archive-model.ts';
import { canonicalId } from '../site/backlinks.ts';
import { PAGE_SIZE } from '../site/browse.ts';
import { sha1 } from '../digest.ts';
import type { ArchiveRecord } from './archive-source.ts';
import { ARTICLE_ENDPOINTS, articleFile, groupPageFile, routeNames } from './page-files.ts';

/** Output file (relative to dist/) → digest of its inputs. */
export type PageDigests = Record<string, string>;

const cardsOf = (ids: readonly string[], index: ArchiveIndex): (ArticleCard | null)[] =>
  ids.map((id) => {
    const canonical = canonicalId(id);
    return (canonical && index.cards.get(canonical)) || null;
  });

/** An article page and its JSON document (oembed.json): the page text, and the cards, groups and neighbours it links to. */
export function articleDigest(article: ArchiveRecord, index: ArchiveIndex): string {
  const { data } = article;
  const neighbours = index.neighbours.get(data.id);
  const product = neighbours?.product ?? index.productByName.get(data.products[0]?.trim() ?? '');
  return sha1(JSON.stringify({
    source: article.digest,
    product: product ? [product.name, product.slug] : null,
    previous: neighbours?.previous ?? null,
    next: neighbours?.next ?? null,
    products: data.products.map((p) => index.productByName.get(p.trim())?.slug ?? null),
    keywords: data.keywords.map((k) => index.keywordByName.get(k.trim().toLowerCase())?.slug ?? null),
    cited: cardsOf([...data.references, ...article.mentions], index),
    citing: cardsOf(index.citedBy.get(data.id) ?? [], index),
  }));
}

/** The page of an absent id: who cites it. */
export function absentDigest(id: string, index: ArchiveIndex): string {
  return sha1(JSON.stringify({ id, citing: cardsOf(index.citedBy.get(id) ?? [], index) }));
}

/** One page of a browse list: its group, its place among the group's pages and the cards it shows. */
export function groupPageDigest(group: { name: string; slug: string; ids: readonly string[] }, n: number, index: ArchiveIndex): string {
  const last = Math.max(1, Math.ceil(group.ids.length / PAGE_SIZE));
  const cards = group.ids.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).map((id) => index.cards.get(id) ?? null);
  return sha1(JSON.stringify({ name: group.name, slug: group.slug, n, last, total: group.ids.length, cards }));
}

/** Every incrementally rendered page of the site, route by route: output file → digest of its inputs. */
export function siteDigests(articles: readonly ArchiveRecord[], index: ArchiveIndex): Record<string, PageDigests> {
  const routes: Record<string, PageDigests> = {};
  const page: PageDigests = {};
  const endpoints = ARTICLE_ENDPOINTS.map((name) => ({ name, digests: {} as PageDigests }));
  for (const article of articles) {
    // One digest per article, for its page and its endpoints: they show the same inputs.
    const digest = articleDigest(article, index);
    page[articleFile(article.id)] = digest;
    for (const endpoint of endpoints) endpoint.digests[articleFile(article.id, endpoint.name)] = digest;
  }
  routes[routeNames.article] = page;
  for (const endpoint of endpoints) routes[routeNames.endpoint(endpoint.name)] = endpoint.digests;
  const absent: PageDigests = {};
  for (const id of index.absent) absent[articleFile(id)] = absentDigest(id, index);
  routes[routeNames.absent] = absent;
  for (const kind of ['products', 'keywords', 'years'] as const) {
    const digests: PageDigests = {};
    for (const group of index[kind]) {
      const last = Math.max(1, Math.ceil(group.ids.length / PAGE_SIZE));
      for (let n = 1; n <= last; n += 1) digests[groupPageFile(kind, group.slug, n)] = groupPageDigest(group, n, index);
    }
    routes[routeNames.group(kind)] = digests;
  }
  return routes;
}
