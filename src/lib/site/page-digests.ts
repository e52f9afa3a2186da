/**
 * Digests of what each incrementally rendered page shows (render-plan.ts). Each function lists
 * every input its page reads from the archive index; a page whose inputs are
 * unchanged renders to the same bytes. The archive build's incremental test rebuilds after an edit
 * and compares with a cold build of the same content, so a missing input here fails it.
 */
import type { ArchiveIndex, ArticleCard } from './archive-model.ts';
import { canonicalId } from './backlinks.ts';
import type { ArticleRecord } from './articles.ts';
import { sha1 } from '../digest.ts';

const cardsOf = (ids: readonly string[], index: ArchiveIndex): (ArticleCard | null)[] =>
  ids.map((id) => {
    const canonical = canonicalId(id);
    return (canonical && index.cards.get(canonical)) || null;
  });

/** An article page and its JSON document (oembed.json): the page text, and the cards, groups and neighbours it links to. */
function articleInputs(article: ArticleRecord, index: ArchiveIndex): string {
  const { data } = article;
  const neighbours = index.neighbours.get(data.id);
  const product = neighbours?.product ?? index.productByName.get(data.products[0]?.trim() ?? '');
  return JSON.stringify({
    source: article.source?.digest ?? null,
    product: product ? [product.name, product.slug] : null,
    previous: neighbours?.previous ?? null,
    next: neighbours?.next ?? null,
    products: data.products.map((p) => index.productByName.get(p.trim())?.slug ?? null),
    keywords: data.keywords.map((k) => index.keywordByName.get(k.trim().toLowerCase())?.slug ?? null),
    cited: cardsOf([...data.references, ...(article.source?.mentions ?? [])], index),
    citing: cardsOf(index.citedBy.get(data.id) ?? [], index),
  });
}

const articleDigests = new WeakMap<ArticleRecord, string>();

/** Digest of an article page's inputs, computed once per article for its page and its two JSON files. */
export function articleDigest(article: ArticleRecord, index: ArchiveIndex): string {
  let digest = articleDigests.get(article);
  if (digest === undefined) {
    digest = sha1(articleInputs(article, index));
    articleDigests.set(article, digest);
  }
  return digest;
}

/** The page of an absent id: who cites it. */
export function absentDigest(id: string, index: ArchiveIndex): string {
  return sha1(JSON.stringify({ id, citing: cardsOf(index.citedBy.get(id) ?? [], index) }));
}

/** One page of a browse list: its group and the cards and page links it shows. */
export function groupPageDigest(group: { name: string; slug: string }, page: unknown): string {
  return sha1(JSON.stringify({ name: group.name, slug: group.slug, page }));
}
