import type { PaginateFunction } from 'astro';
import type { ArchiveIndex, ArticleCard } from './archive-model.ts';
import type { Group } from './groups.ts';

/** Articles per index page: ~100 rows keep a page near 25 KB of HTML (kbarchive's SMS list was 322 KB). */
export const PAGE_SIZE = 100;

/** getStaticPaths entries for every page of every group (`[slug]/[...page]` routes). */
export function groupPaths(groups: readonly Group[], index: ArchiveIndex, paginate: PaginateFunction) {
  return groups.flatMap((group) =>
    paginate(
      group.ids.map((id) => index.cards.get(id)!),
      { params: { slug: group.slug }, props: { group }, pageSize: PAGE_SIZE },
    ),
  );
}

/** The cards of some ids, in the given order. */
export function cardsOf(ids: readonly string[], index: ArchiveIndex): ArticleCard[] {
  return ids.flatMap((id) => index.cards.get(id) ?? []);
}
