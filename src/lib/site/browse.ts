import type { PaginateFunction } from 'astro';
import type { ArchiveIndex, ArticleCard } from './archive-model.ts';
import type { Group } from './groups.ts';
import { groupPageFile, routeNames, type GroupKind } from '../archive-build/page-files.ts';
import { plannedPages } from '../archive-build/render-plan.ts';

/** Articles per index page: ~100 rows keep a page near 25 KB of HTML (kbarchive's SMS list was 322 KB). */
export const PAGE_SIZE = 100;

/**
 * getStaticPaths entries for every page of every group (`kind/[slug]/[...page]` routes); in the
 * archive build, those of this render's plan (archive-build/render-plan.ts).
 */
export function groupPaths(kind: GroupKind, groups: readonly Group[], index: ArchiveIndex, paginate: PaginateFunction) {
  const pages = groups.flatMap((group) =>
    paginate(
      group.ids.map((id) => index.cards.get(id)!),
      { params: { slug: group.slug }, props: { group }, pageSize: PAGE_SIZE },
    ),
  );
  return plannedPages(routeNames.group(kind), pages, ({ props }) => groupPageFile(kind, props.group.slug, props.page.currentPage));
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
