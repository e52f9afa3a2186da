/** The oEmbed document of an article (https://oembed.com, type `link`). */
import type { ArticleLink } from './article-link.ts';
import { CARD } from './card.ts';
import { absolute, SITE_NAME } from './site-root.ts';

/** oEmbed 1.0 `link` response, plus `url` and `description` that wiki macros read. */
export interface OEmbed {
  version: '1.0';
  type: 'link';
  title: string;
  url: string;
  description: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed document of an article under the site root. */
export function oembed(link: ArticleLink, summary: string, root: URL): OEmbed {
  return {
    version: '1.0',
    type: 'link',
    title: link.label,
    url: link.url,
    description: summary || link.title,
    provider_name: SITE_NAME,
    provider_url: root.href,
    author_name: 'Microsoft',
    author_url: 'https://support.microsoft.com/',
    thumbnail_url: absolute(root, CARD.path),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  };
}
