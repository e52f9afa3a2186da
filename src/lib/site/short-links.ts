import { articlePath, idOf, numberOf } from './urls.ts';

/** Article URLs as people type them: `Q311457`, `KB311457`, `kb/311457`, `kb/Q311457`, `kb/311/q311457`, any case. */
const ARTICLE_LINK = /^(?:kb\/(?:\d{1,4}\/)?)?((?:q|kb)?\d{1,9})(?:\/(?:index\.html?)?)?$/i;

/** An article link found in a URL path. */
export interface ArticleLink {
  /** Canonical id, `Q311457`. */
  id: string;
  /** Canonical path relative to the base, `kb/311/Q311457/`. */
  path: string;
  /** True when the URL already is that path (so a 404 there means the article is absent). */
  canonical: boolean;
}

/**
 * Reads an article id out of a URL path under `base` (the site's base path, `/` or `/kbarchive/`),
 * or null when the path is no article link. Pure, so the 404 page's script can use it.
 */
export function parseArticleLink(pathname: string, base: string): ArticleLink | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!path.toLowerCase().startsWith(root.toLowerCase())) return null;
  const rest = path.slice(root.length);
  const match = ARTICLE_LINK.exec(rest);
  if (!match) return null;
  const number = numberOf(match[1]!);
  if (Number.isNaN(number)) return null;
  const target = articlePath(idOf(number));
  return { id: idOf(number), path: target, canonical: target === rest };
}
