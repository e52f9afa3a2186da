/** Browser side of the 404 and home pages: short links and Microsoft's old URLs to canonical pages, and the id lookup box. */
import { articleIdInUrl } from '../parse/ids.ts';
import { parseArticleLink } from './short-links.ts';
import { articlePath, withBase } from './urls.ts';

const base = import.meta.env.BASE_URL;

/** Whether a page exists, asked with HEAD (GET where a host refuses HEAD). */
async function exists(url: string): Promise<boolean> {
  const head = await fetch(url, { method: 'HEAD', cache: 'no-store' });
  if (head.status !== 405 && head.status !== 501) return head.ok;
  return (await fetch(url, { cache: 'no-store' })).ok;
}

/** Sends a short link or old URL to its article page, or says in `status` that the article is not in the archive. */
export async function resolveHere(status: HTMLElement): Promise<void> {
  const link = parseArticleLink(location.pathname, base, location.search);
  if (!link) return;
  const url = withBase(base, link.path);
  if (!link.canonical) {
    status.textContent = `Looking for ${link.id}…`;
    try {
      if (await exists(url)) {
        location.replace(url + location.hash);
        return;
      }
    } catch {
      // Offline or blocked: fall through to the message.
    }
  }
  status.textContent = `Article ${link.id} is not in this archive, and no archived article cites it.`;
}

/**
 * On the home page, which a static host serves for `/?kbid=311457`, `/?id=311457` and `/?scid=…`: goes
 * straight to the article's canonical path. No check first: an absent article's path gets the 404 page,
 * which says so there.
 */
export function followFromHome(): void {
  const link = location.search ? parseArticleLink(location.pathname, base, location.search) : null;
  if (link && !link.canonical) location.replace(withBase(base, link.path) + location.hash);
}

/** Opens the article an id names (`Q311457`, `kb311457`, `311457`); false when the text is no id. */
export function go(text: string): boolean {
  const id = articleIdInUrl(text);
  if (!id) return false;
  location.assign(withBase(base, articlePath(id.id)));
  return true;
}
