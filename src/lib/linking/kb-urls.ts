/**
 * The URL grammar of KB links: every shape of address that names an article, Microsoft's over the
 * years and the archive's own short links. One grammar for the 404 and home page scripts (a path and
 * query a static host handed them), `kbatlas links` (URLs found in wiki exports) and the redirect rules
 * (redirect-rules.ts, tested against this). Pure and small: it ships in the 404 and home pages' script.
 *
 * Paths are read relative to a site root, without the leading `/`, any case, trailing `/` ignored:
 *
 *   Q311457  KB311457  311457                         the archive's short links (also `kb/` before them)
 *   kb/311/Q311457                                    the canonical path (any bucket is accepted)
 *   kb/311457/en-us  kb/311457/EN-US/                 Microsoft's: any language segment
 *   en-us/kb/311457  en-us/help/311457/some-title     (also `help/311457`)
 *   support/kb/articles/Q311/4/57.asp                 the oldest (the number split bucket/1/rest)
 *   support/kb/articles/q311457.asp                   (also `.htm`, any case)
 *   default.aspx?scid=kb;en-us;311457                 any language, Q or not, more parameters
 *   default.aspx?scid=/support/kb/articles/q311/4/57.asp
 *   ?kbid=311457  ?id=311457  kb.aspx?id=311457       (on the root, `default.aspx`, `kb.aspx`, `index.html`)
 */
import { articleIdInUrl, type ArticleId } from '../parse/ids.ts';

/** Hosts of Microsoft's retired support site whose URLs `kbatlas links` rewrites. */
export const MICROSOFT_HOSTS: readonly string[] = ['support.microsoft.com', 'support2.microsoft.com'];

/** A language segment (`en-us`, `EN-US`, `de`, `zh-cn`, `sr-latn-cs`). */
const languagePattern = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}$/i;
/** The old article file: `q311457.asp`, or the last part of the split form (`57.asp`). */
const aspPattern = /^(.*)\.(?:asp|htm)$/i;
/** Pages that took the id as a query parameter. */
const queryPages = new Set(['', 'default.aspx', 'kb.aspx', 'index.html']);
/** Query parameters that carried an id, in the order they are tried. */
const queryNames = ['scid', 'kbid', 'id'];

/** The id a path segment holds, prefix optional (`311457`, `Q311457`, `kb311457`). */
const idIn = (segment: string | undefined): ArticleId | null => (segment === undefined ? null : articleIdInUrl(segment));

/** `support/kb/articles/Q311/4/57.asp` or `…/q311457.asp`, as segments after `articles`. */
function oldArticleFile(parts: readonly string[]): ArticleId | null {
  const last = aspPattern.exec(parts.at(-1) ?? '');
  return last && parts.length <= 3 ? idIn([...parts.slice(0, -1), last[1]].join('')) : null;
}

/** The id a list of lowercase path segments names, or null. */
function idInSegments(segments: readonly string[]): ArticleId | null {
  const [first, second, third, fourth] = segments.map((s) => s.toLowerCase());
  const n = segments.length;
  // Short links: `Q311457`, `kb/Q311457`, `kb/311457`, and the canonical `kb/311/Q311457`.
  if (n === 1) return idIn(first);
  if (first === 'kb' && n === 2) return idIn(second);
  // `kb/311457/en-us`
  if (first === 'kb' && n === 3 && languagePattern.test(third!)) return idIn(second);
  if (first === 'kb' && n === 3 && /^\d{1,4}$/.test(second!)) return idIn(third);
  // `en-us/kb/311457`, `en-us/help/311457[/slug]`, `help/311457[/slug]`
  if (n >= 3 && languagePattern.test(first!) && (second === 'kb' ? n === 3 : second === 'help' && n <= 4)) return idIn(third);
  if (first === 'help' && n <= 3) return idIn(second);
  // `support/kb/articles/…asp`
  if (first === 'support' && second === 'kb' && third === 'articles' && fourth !== undefined) return oldArticleFile(segments.slice(3));
  return null;
}

/** The id of a `scid` value: `kb;en-us;311457`, `KB;EN-US;Q311457`, `kb;311457`, or an old article path. */
function idInScid(value: string): ArticleId | null {
  const parts = value.split(';').map((p) => p.trim());
  if (parts[0]?.toLowerCase() === 'kb' && (parts.length === 2 || (parts.length === 3 && languagePattern.test(parts[1]!)))) return idIn(parts.at(-1));
  return value.startsWith('/') ? idInSegments(value.split('/').filter(Boolean)) : null;
}

/** The id a query string names (`?scid=kb;en-us;311457&x=y`, `?kbid=311457`, `?id=311457`), parameter names any case. */
function idInQuery(query: string): ArticleId | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return null;
  }
  const byName = new Map<string, string>();
  for (const [name, value] of params) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), value);
  for (const name of queryNames) {
    const value = byName.get(name);
    if (value === undefined) continue;
    const id = name === 'scid' ? idInScid(value) : idIn(value.trim());
    if (id) return id;
  }
  return null;
}

/**
 * The article a path and query name, relative to a site root: `path` without the leading `/` and
 * already percent-decoded (`kb/311457/en-us`), `query` with or without its `?`. Null for anything else.
 */
export function articleInPath(path: string, query = ''): ArticleId | null {
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.at(-1)?.toLowerCase() === 'index.html' && segments.length > 1) segments.pop();
  const fromPath = segments.length > 0 ? idInSegments(segments) : null;
  if (fromPath) return fromPath;
  return queryPages.has(segments.join('/').toLowerCase()) && query.replace(/^\?/, '') !== '' ? idInQuery(query) : null;
}

/** An article named by an absolute URL of Microsoft's support site, and the URL's `#fragment` ('' when none). */
export interface MicrosoftKbLink {
  id: ArticleId;
  fragment: string;
}

/**
 * The article an absolute `http(s)://support.microsoft.com/…` (or `support2.`) URL names, with its
 * fragment; null for any other URL, host or shape. `&amp;` must already be decoded by the caller.
 */
export function articleInMicrosoftUrl(href: string): MicrosoftKbLink | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !MICROSOFT_HOSTS.includes(url.hostname.toLowerCase())) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(1));
  } catch {
    return null;
  }
  const id = articleInPath(path, url.search);
  return id ? { id, fragment: url.hash } : null;
}
