import type { PaginateFunction } from 'astro';
import type { ArchiveIndex, ArticleCard } from './archive-model.ts';
import type { Group } from './groups.ts';
import { groupPageDigest } from './page-digests.ts';
import { planPages } from './render-plan.ts';
import { pagedPath } from './urls.ts';

/** Articles per index page: ~100 rows keep a page near 25 KB of HTML (kbarchive's SMS list was 322 KB). */
export const PAGE_SIZE = 100;

/**
 * getStaticPaths entries for every page of every group (`kind/[slug]/[...page]` routes); in the
 * archive build, for the pages whose list changed (render-plan.ts).
 */
export function groupPaths(kind: 'products' | 'keywords' | 'years', groups: readonly Group[], index: ArchiveIndex, paginate: PaginateFunction) {
  const pages = groups.flatMap((group) =>
    paginate(
      group.ids.map((id) => index.cards.get(id)!),
      { params: { slug: group.slug }, props: { group }, pageSize: PAGE_SIZE },
    ),
  );
  return planPages(
    `group-${kind}`,
    pages,
    ({ props }) => `${pagedPath(`${kind}/${props.group.slug}`, props.page.currentPage)}index.html`,
    ({ props }) => groupPageDigest(props.group, props.page),
  );
}

/** The cards of some ids, in the given order. */
export function cardsOf(ids: readonly string[], index: ArchiveIndex): ArticleCard[] {
  return ids.flatMap((id) => index.cards.get(id) ?? []);
}

/** Groups per page of a list of all groups (`/keywords/`): ~400 rows stay near 30 KB (the full archive has ~3,000 keywords). */
export const GROUPS_PER_PAGE = 400;

/** One page of a list of all groups. */
export interface GroupIndexPage {
  /** 1-based page number. */
  n: number;
  /** Number of pages. */
  last: number;
  groups: Group[];
}

/** Splits a list of groups into pages of GROUPS_PER_PAGE. */
export function groupIndexPages(groups: readonly Group[]): GroupIndexPage[] {
  const last = Math.max(1, Math.ceil(groups.length / GROUPS_PER_PAGE));
  return Array.from({ length: last }, (_, i) => ({
    n: i + 1,
    last,
    groups: groups.slice(i * GROUPS_PER_PAGE, (i + 1) * GROUPS_PER_PAGE),
  }));
}
