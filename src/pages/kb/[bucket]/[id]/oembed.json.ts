/** `/kb/NNN/QID/oembed.json`: the article's oEmbed document, found through the page's discovery link. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleLink } from '../../../../lib/linking/article-link.ts';
import { articleDataPaths, type ArticleDataProps } from '../../../../lib/linking/article-paths.ts';
import { oembed } from '../../../../lib/linking/oembed.ts';
import { siteRoot } from '../../../../lib/linking/site-root.ts';

export const getStaticPaths = (() => articleDataPaths('oembed.json')) satisfies GetStaticPaths;

export const GET: APIRoute<ArticleDataProps> = ({ props, site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const body = oembed(articleLink(props.data, root), props.data.summary, root);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
