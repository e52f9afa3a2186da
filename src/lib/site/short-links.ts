import { articleInPath } from '../linking/kb-urls.ts';
import { articlePath } from './urls.ts';

/** An article link found in a URL: a short link, the canonical path, or one of Microsoft's old shapes. */
export interface ArticleLink {
  /** Canonical id, `Q311457`. */
  id: string;
  /** Canonical path relative to the base, `kb/311/Q311457/`. */
  path: string;
  /** True when the URL already is that path (so a 404 there means the article is absent). */
  canonical: boolean;
}

/**
 * Reads an article id out of a URL's path and query under `base` (the site's base path, `/` or
 * `/kbarchive/`), or null when it names no article. The shapes are those of `kb-urls.ts`: `/Q311457`,
 * `/kb/311457/en-us`, `/default.aspx?scid=kb;en-us;311457`, `/?kbid=311457`… Pure, so the 404 and home
 * page scripts can use it.
 */
export function parseArticleLink(pathname: string, base: string, search = ''): ArticleLink | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // `/kbarchive` without its slash is the root too.
  if (`${path}/`.toLowerCase() === root.toLowerCase()) path = root;
  if (!path.toLowerCase().startsWith(root.toLowerCase())) return null;
  const rest = path.slice(root.length);
  const id = articleInPath(rest, search);
  if (!id) return null;
  const target = articlePath(id.id);
  return { id: id.id, path: target, canonical: target === rest };
}
