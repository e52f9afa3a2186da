/** schema.org JSON-LD for an article page: a `TechArticle` and its `BreadcrumbList`. */
import type { ArticleData } from '../page-format/schema.ts';
import type { ArticleLink } from './article-link.ts';
import { CARD } from './card.ts';
import { absolute, SITE_NAME } from './site-root.ts';

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
    // `name` repeating it): every byte here is written 60,000 times (docs/deploy.md#page-weight).
    url: link.url,
    headline: link.label,
    identifier: data.id,
    ...(data.summary ? { description: data.summary } : {}),
    keywords: data.keywords,
    about: data.products.map((name) => ({ '@type': 'SoftwareApplication', name })),
    ...(data.lastModified ? { dateModified: data.lastModified } : {}),
    inLanguage: 'en',
    image: absolute(root, CARD.path),
    author: { '@type': 'Organization', name: 'Microsoft' },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: root.href },
  };
}

/** The `BreadcrumbList` of a trail (home first, the article last). */
export function breadcrumbList(trail: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}
