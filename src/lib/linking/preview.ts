/** The link-preview tags of an article page: OpenGraph, Twitter card, modified time, oEmbed discovery. */
import type { ArticleData } from '../page-format/schema.ts';
import type { ArticleLink } from './article-link.ts';
import { CARD } from './card.ts';
import { absolute, SITE_NAME } from './site-root.ts';

/** One `<meta>`: OpenGraph uses `property`, Twitter uses `name`. */
export interface MetaTag {
  property?: string;
  name?: string;
  content: string;
}

/** The `<meta>` tags of an article page, in the order they are written. */
export function previewMeta(data: ArticleData, link: ArticleLink, root: URL): MetaTag[] {
  const description = data.summary || data.title;
  const image = absolute(root, CARD.path);
  const og = (property: string, content: string): MetaTag => ({ property, content });
  return [
    og('og:type', 'article'),
    og('og:site_name', SITE_NAME),
    og('og:title', link.label),
    og('og:description', description),
    og('og:url', link.url),
    // No og:locale (OpenGraph's default is en_US, what every page is) and no og:image:type (the image's
    // URL and its own Content-Type say it): each tag here is paid on 60,000 pages (docs/deploy.md#page-weight).
    og('og:image', image),
    og('og:image:width', String(CARD.width)),
    og('og:image:height', String(CARD.height)),
    og('og:image:alt', CARD.alt),
    ...(data.lastModified ? [og('article:modified_time', data.lastModified)] : []),
    ...(data.products[0] ? [og('article:section', data.products[0])] : []),
    ...data.keywords.map((keyword) => og('article:tag', keyword)),
    // X reads twitter:title, :description and :image from og:title, og:description and og:image when
    // they are absent (developer.x.com/cards/markup), so only what OpenGraph cannot say is written.
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: CARD.alt },
  ];
}
