/**
 * A small link checker over a built site folder: every internal `href`/`src` in every HTML page must
 * name a file of the build, and every `#fragment` an element id of its target page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A link that points nowhere. */
export interface BrokenLink {
  /** Page it is on, relative to the build folder (`kb/311/Q311457/index.html`). */
  page: string;
  /** The attribute value as written. */
  href: string;
  /** What is missing. */
  reason: 'no-file' | 'no-anchor' | 'outside-base';
}

/** Result of a check. */
export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Every HTML file under `dir`, relative, with `/` separators. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Decodes the entities Astro writes in attribute values. */
function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Checks every internal link of the site built in `dir`, served under `base` (`/` or `/kbarchive/`).
 * External links (other origins, `mailto:`…) are not followed.
 */
export function checkLinks(dir: string, base = '/'): LinkReport {
  const root = base.endsWith('/') ? base : `${base}/`;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(join(dir, file), 'utf8').matchAll(ID)].map((m) => decodeAttribute(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(dir);
  for (const page of pages) {
    const pageUrl = new URL(`${root}${page.replace(/index\.html$/, '')}`, 'http://site.test');
    const html = readFileSync(join(dir, page), 'utf8');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const href = decodeAttribute(match[1]!);
      let url: URL;
      try {
        url = new URL(href, pageUrl);
      } catch {
        // An external URL as written in an article that WHATWG parsing rejects (`http://www.microsoft.com\sna`, Q107570).
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
        links++;
        broken.push({ page, href, reason: 'no-file' });
        continue;
      }
      if (url.origin !== pageUrl.origin) continue;
      links++;
      if (!url.pathname.startsWith(root)) {
        broken.push({ page, href, reason: 'outside-base' });
        continue;
      }
      const target = fileFor(dir, decodeURIComponent(url.pathname.slice(root.length)));
      if (!target) broken.push({ page, href, reason: 'no-file' });
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, href, reason: 'no-anchor' });
      }
    }
  }
  return { pages: pages.length, links, broken };
}

/** The build file a path relative to the base is served from, as a static host would resolve it, or null. */
function fileFor(dir: string, path: string): string | null {
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile()) ?? null;
}
