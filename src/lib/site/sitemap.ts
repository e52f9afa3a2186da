import type { ArchiveIndex } from './archive-model.ts';
import { groupIndexPages, PAGE_SIZE } from './browse.ts';
import type { Group } from './groups.ts';
import { articlePath, groupIndexPath, keywordPath, productPath, yearPath } from './urls.ts';

/** The sitemap protocol's limit of URLs per file; past it, `sitemap.xml` becomes a sitemap index. */
export const SITEMAP_LIMIT = 50_000;

/** One `<url>`: a path relative to the base, and the date it last changed when known. */
export interface SitemapEntry {
  path: string;
  lastmod?: string | null;
}

/** Every indexable page: home, browse indexes and their pages, articles (not the not-in-archive pages). */
export function sitemapEntries(index: ArchiveIndex): SitemapEntry[] {
  const entries: SitemapEntry[] = [{ path: '' }];
  const pages = (kind: 'products' | 'keywords' | 'years', groups: Group[], pathOf: (slug: string, n: number) => string) => {
    for (const page of groupIndexPages(groups)) entries.push({ path: groupIndexPath(kind, page.n) });
    for (const g of groups) {
      for (let n = 1; n <= Math.ceil(g.ids.length / PAGE_SIZE); n++) entries.push({ path: pathOf(g.slug, n) });
    }
  };
  pages('products', index.products, productPath);
  pages('keywords', index.keywords, keywordPath);
  pages('years', index.years, yearPath);
  for (const card of [...index.cards.values()].sort((a, b) => a.number - b.number)) {
    entries.push({ path: articlePath(card.id), lastmod: card.lastModified });
  }
  return entries;
}

/** Splits entries into sitemap files of at most `limit` URLs. */
export function chunkEntries(entries: readonly SitemapEntry[], limit = SITEMAP_LIMIT): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks;
}

/** A `<urlset>` document; `root` is the absolute URL of the site base. */
export function urlsetXml(entries: readonly SitemapEntry[], root: URL): string {
  const urls = entries.map(
    (e) => `<url><loc>${escapeXml(new URL(e.path, root).href)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` of the given sitemap files (paths relative to the base). */
export function sitemapIndexXml(files: readonly string[], root: URL): string {
  const maps = files.map((f) => `<sitemap><loc>${escapeXml(new URL(f, root).href)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join('\n')}\n</sitemapindex>\n`;
}

/** Name of the n-th (1-based) sitemap file when split. */
export function sitemapFile(n: number): string {
  return `sitemap-${n}.xml`;
}

/** Escapes text for XML character data. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
