/** URL helpers shared by pages, components and the 404 script: one place decides where things live. */
import { articleIdInUrl } from '../parse/ids.ts';

/** Three-digit bucket of an article number, as on the public archive (`311457` → `311`, `10022` → `010`). */
export function bucketOf(number: number): string {
  return String(Math.floor(number / 1000)).padStart(3, '0');
}

/** Numeric part of an id (`Q311457`, `q0311457`, `KB311457`, `311457` → 311457, by the id grammar), or NaN. */
export function numberOf(id: string): number {
  return articleIdInUrl(id)?.number ?? Number.NaN;
}

/** Canonical id of an article number: `Q311457`. */
export function idOf(number: number): string {
  return `Q${number}`;
}

/** Canonical path of an article relative to the site base, without leading slash: `kb/311/Q311457/`. */
export function articlePath(id: string): string {
  const number = numberOf(id);
  return `kb/${bucketOf(number)}/${idOf(number)}/`;
}

/** Path of the n-th page (1-based) of a paginated index rooted at `root/`: page 1 is the root itself. */
export function pagedPath(root: string, page = 1): string {
  return page <= 1 ? `${root}/` : `${root}/${page}/`;
}

/** Path of the n-th page of the list of all products, keywords or years (`keywords/page-2/`). */
export function groupIndexPath(kind: 'products' | 'keywords' | 'years', page = 1): string {
  return page <= 1 ? `${kind}/` : `${kind}/page-${page}/`;
}

/** Path of a product's index (page 1 unless told): `products/microsoft-systems-management-server/`. */
export function productPath(slug: string, page = 1): string {
  return pagedPath(`products/${slug}`, page);
}

/** Path of a keyword's index: `keywords/kbsms200/`. */
export function keywordPath(slug: string, page = 1): string {
  return pagedPath(`keywords/${slug}`, page);
}

/** Path of a year's index: `years/2002/`. */
export function yearPath(year: string, page = 1): string {
  return pagedPath(`years/${year}`, page);
}

/** Joins the configured base (`/` or `/kbarchive/`) and a relative path. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** Site-relative link (`/kbarchive/kb/311/Q311457/`) to a path, under the build's base. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
