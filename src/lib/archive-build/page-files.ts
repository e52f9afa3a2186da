/**
 * The incrementally rendered routes of the site and the output file of each of their pages, named
 * once for the plan stage (page-digests.ts) and for the routes that read the plan.
 */
import { articlePath, pagedPath } from '../site/urls.ts';

/** The browse lists that have a page per group. */
export type GroupKind = 'products' | 'keywords' | 'years';

/** The per-article endpoint beside the article page (`/kb/NNN/QID/oembed.json`, its one JSON document). */
export const ARTICLE_ENDPOINTS = ['oembed.json'] as const;

/** The file name of a per-article endpoint. */
export type ArticleEndpoint = (typeof ARTICLE_ENDPOINTS)[number];

/** Route names of the render plan. */
export const routeNames = {
  /** `/kb/NNN/QID/`: an article's page. */
  article: 'article',
  /** `/kb/NNN/QID/` of an id cited but absent. */
  absent: 'absent',
  /** A per-article endpoint (`oembed.json` → `oembed-json`). */
  endpoint: (file: string) => file.replace(/\W+/g, '-'),
  /** The pages of one group kind's lists. */
  group: (kind: GroupKind) => `group-${kind}`,
};

/** Output file of an article's page (`kb/311/Q311457/index.html`) or of one of its endpoints. */
export function articleFile(id: string, name = 'index.html'): string {
  return `${articlePath(id)}${name}`;
}

/** Output file of the n-th page of a group's list (`keywords/kbsms200/2/index.html`). */
export function groupPageFile(kind: GroupKind, slug: string, n: number): string {
  return `${pagedPath(`${kind}/${slug}`, n)}index.html`;
}
