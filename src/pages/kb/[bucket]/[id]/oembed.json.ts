/**
 * `/kb/NNN/QID/oembed.json`: the article's one JSON document — its oEmbed response, found through the
 * page's discovery link, carrying the parsed article (metadata, sections, references, referenced-by).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleDataPaths, type ArticleDataProps } from '../../../../lib/linking/article-paths.ts';
import { oembed } from '../../../../lib/linking/oembed.ts';
import { siteRoot } from '../../../../lib/linking/site-root.ts';
import { getArchiveIndex } from '../../../../lib/site/archive-index.ts';

export const getStaticPaths = (() => articleDataPaths('oembed.json')) satisfies GetStaticPaths;

export const GET: APIRoute<ArticleDataProps> = async ({ props, site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const body = oembed(props.data, await getArchiveIndex(), root);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
