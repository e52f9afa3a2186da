/** `/sitemap.xml`: every indexable URL, or — past 50,000 URLs — an index of `sitemap-N.xml` files. */
import type { APIRoute } from 'astro';
import { getArchiveIndex } from '../lib/site/archive-index.ts';
import { chunkEntries, sitemapEntries, sitemapFile, sitemapIndexXml, urlsetXml } from '../lib/site/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const root = new URL(import.meta.env.BASE_URL, site);
  const chunks = chunkEntries(sitemapEntries(await getArchiveIndex()));
  const body = chunks.length <= 1 ? urlsetXml(chunks[0] ?? [], root) : sitemapIndexXml(chunks.map((_, i) => sitemapFile(i + 1)), root);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
