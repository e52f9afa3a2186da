/** The facts every linking format needs about one article, derived once from its front matter. */
import type { ArticleData } from '../page-format/schema.ts';
import { articlePath } from '../site/urls.ts';
import { absolute } from './site-root.ts';

/** An article as links, previews and JSON name it. */
export interface ArticleLink {
  id: string;
  title: string;
  /** `Q311457: SMS: How to Obtain and Install SMS 2.0 SP4`. */
  label: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** Absolute URL of its one JSON document, the oEmbed response (oembed.ts). */
  oembed: string;
}

/** The link facts of an article under the site root. */
export function articleLink(data: Pick<ArticleData, 'id' | 'title'>, root: URL): ArticleLink {
  const path = articlePath(data.id);
  return {
    id: data.id,
    title: data.title,
    label: `${data.id}: ${data.title}`,
    url: absolute(root, path),
    oembed: absolute(root, `${path}oembed.json`),
  };
}
