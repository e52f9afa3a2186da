/** `/kb/NNN/QID/article.json`: the parsed article as JSON (metadata, sections, references, referenced-by). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleDataPaths, type ArticleDataProps } from '../../../../lib/linking/article-paths.ts';
import { articleJson } from '../../../../lib/linking/article-json.ts';
import { siteRoot } from '../../../../lib/linking/site-root.ts';
import { getArchiveIndex } from '../../../../lib/site/archive-index.ts';

export const getStaticPaths = (() => articleDataPaths('article.json')) satisfies GetStaticPaths;

export const GET: APIRoute<ArticleDataProps> = async ({ props, site }) => {
  const root = siteRoot(site!, import.meta.env.BASE_URL);
  const body = articleJson(props.data, await getArchiveIndex(), root);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
