/** schema.org JSON-LD for an article page: a `TechArticle` and its `BreadcrumbList`. */
import type { ArticleData } from '../page-format/schema.ts';
import type { ArticleLink } from './article-link.ts';
import { CARD } from './card.ts';
import { absolute } from './site-root.ts';

/** A crumb of the breadcrumb trail: name and absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** The `TechArticle` of an article page. */
export function techArticle(data: ArticleData, link: ArticleLink, root: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    // `url` says which page it is (no `@id` or `mainEntityOfPage` repeating it), `headline` the title (no
    // `name` repeating it). Nothing the page's own tags already say either: the description is the meta
    // description, the language `<html lang>`, the site og:site_name and the breadcrumb trail's first item.
    // Every byte here is written 60,000 times (docs/deploy.md#page-weight).
    url: link.url,
    headline: link.label,
    identifier: data.id,
    keywords: data.keywords,
    about: data.products.map((name) => ({ '@type': 'SoftwareApplication', name })),
    ...(data.lastModified ? { dateModified: data.lastModified } : {}),
    image: absolute(root, CARD.path),
    author: { '@type': 'Organization', name: 'Microsoft' },
  };
}

/**
 * The `BreadcrumbList` of a trail (home first, the article last). The last item, the page itself, has no
 * `item` URL: Google's breadcrumb documentation makes it optional there (the page's own URL is used).
 */
export function breadcrumbList(trail: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      ...(i < trail.length - 1 ? { item: crumb.url } : {}),
    })),
  };
}
