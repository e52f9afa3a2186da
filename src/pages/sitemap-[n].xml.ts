/** `/sitemap-N.xml`: the N-th part of the sitemap, written only when it has more than 50,000 URLs. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchiveIndex } from '../lib/site/archive-index.ts';
import { chunkEntries, sitemapEntries, urlsetXml } from '../lib/site/sitemap.ts';

export const getStaticPaths = (async () => {
  const chunks = chunkEntries(sitemapEntries(await getArchiveIndex()));
  return chunks.length <= 1 ? [] : chunks.map((entries, i) => ({ params: { n: String(i + 1) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const root = new URL(import.meta.env.BASE_URL, site);
  return new Response(urlsetXml(props.entries, root), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
