/** Absolute URLs under the configured public site (`KB_SITE_URL`) and base path (`KB_BASE_PATH`). */

/** Name the site gives itself in previews, oEmbed and JSON. */
export const SITE_NAME = 'KB Atlas';

/** The site's root as an absolute URL ending in `/` (`https://example.org/kbarchive/`). */
export function siteRoot(site: URL | string, base: string): URL {
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(path, site);
}

/** Absolute URL of a path relative to the site root (`kb/311/Q311457/` → `https://…/kb/311/Q311457/`). */
export function absolute(root: URL, path: string): string {
  return new URL(path.replace(/^\/+/, ''), root).href;
}
