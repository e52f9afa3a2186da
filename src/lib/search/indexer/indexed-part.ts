/**
 * The part of a built article page that can change what Pagefind indexes, for the digest that
 * decides whether a shard is indexed again. The page after its body — "Referenced by", the
 * disclaimer, the previous/next links — is outside `data-pagefind-body` and changes whenever *other*
 * articles do (a new citing article, a retitled neighbour): left out, such an edit re-indexes only
 * the shards of the pages whose indexed text or metadata changed.
 */

/**
 * Where the indexed part ends: the first of the sections src/components/ArticleView.astro renders
 * after the body (the disclaimer is always there). Kept in step with those components by
 * tests/unit/search/indexed-part.test.ts, which renders them.
 */
export const afterBodyMarkers = ['<section class="referenced-by"', '<section class="disclaimer"'] as const;

/** The page up to the first section after its body (all of it when there is none). */
export function indexedPart(html: string): string {
  let end = html.length;
  for (const marker of afterBodyMarkers) {
    const at = html.indexOf(marker);
    if (at !== -1 && at < end) end = at;
  }
  return html.slice(0, end);
}
