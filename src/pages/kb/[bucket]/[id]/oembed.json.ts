/**
 * `/kb/NNN/QID/oembed.json`: the article's one JSON document — its oEmbed response, found through the
 * page's discovery link, carrying the parsed article (metadata, sections, references, referenced-by).
 * In the ordinary build this route writes it; the archive build writes the same bytes itself, outside
 * Astro's per-file pipeline (src/lib/archive-build/article-documents.ts), so there it lists no page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleDataPaths, type ArticleDataProps } from '../../../../lib/linking/article-paths.ts';
import { oembedDocument } from '../../../../lib/linking/oembed.ts';
import { siteRoot } from '../../../../lib/linking/site-root.ts';
import { getArchiveIndex } from '../../../../lib/site/archive-index.ts';

export const getStaticPaths = (() => articleDataPaths('oembed.json')) satisfies GetStaticPaths;

export const GET: APIRoute<ArticleDataProps> = async ({ props, site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  return new Response(oembedDocument(props.data, await getArchiveIndex(), root), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
