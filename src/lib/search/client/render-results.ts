/**
 * Builds the result list items from Pagefind's result data: title link, id and date, excerpt with the
 * matched words marked, links to the matching sections; and the item of an article id typed alone.
 * Every link carries the matched words (`?highlight=`), which Pagefind's highlighter marks on the page.
 */
import { highlightParam } from '../highlight-param.ts';
import { isoDate } from '../meta-date.ts';
import type { PagefindData } from './pagefind-api.ts';
import { isStopWord } from './stop-words.ts';

/** Most section links shown per result. Default: 3. */
const maxSections = 3;
/** Most distinct words carried to the article page for marking. Default: 12. */
const maxHighlights = 12;

/** Creates an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * An excerpt as a paragraph of text nodes and `<mark>`s. Pagefind's excerpt is the page's text with
 * `<` and `>` escaped and `<mark>` around matched words: it is split on the marks and unescaped, never
 * parsed as HTML, so article text shows exactly as written.
 */
export function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const p = el('p', 'result-excerpt');
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (marked) p.append(el('mark', undefined, unescape(marked[1]!)));
    else if (part) p.append(unescape(part));
  });
  return p;
}

/** Longest token carried whole to the page; a longer one (a path, a URL) gives only its parts that match a query word. */
const maxTokenLength = 24;

/** Length of the common prefix of two lowercase words. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** True when `part` is a form of the query word `word` (`installing` of `install`, `policies` of `policy`). */
function formOf(part: string, word: string): boolean {
  return commonPrefix(part, word) >= Math.min(word.length, Math.max(3, Math.ceil(word.length * 0.6)));
}

/**
 * The words the result matched, as written on the page (`installing` for `install`), to be marked
 * there: the tokens at the matched positions, punctuation trimmed; of a long token (a path, a URL),
 * only its parts that are forms of a query word. Stop words and repeats are left out. A quoted `phrase` is the only mark.
 */
export function matchedWords(data: Pick<PagefindData, 'content' | 'locations'>, query: readonly string[], phrase: readonly string[] = []): string[] {
  const tokens = data.content.split(/\s+/);
  const wanted = query.map((word) => word.toLowerCase()).filter((word) => !isStopWord(word));
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (word: string) => {
    const key = word.toLowerCase();
    if (!word || seen.has(key) || isStopWord(key) || out.length === maxHighlights) return;
    seen.add(key);
    out.push(word);
  };
  phrase.forEach(add);
  // A quoted phrase is marked whole, not word by word.
  if (phrase.length > 0) return out;
  for (const at of data.locations) {
    const token = (tokens[at] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (token.length <= maxTokenLength) add(token);
    else for (const part of token.split(/[^\p{L}\p{N}]+/u)) if (wanted.some((word) => formOf(part.toLowerCase(), word))) add(part);
  }
  return out;
}

/** `url` with the words to mark on the page (`?highlight=a&highlight=b`), its `#anchor` kept. */
export function withHighlight(url: string, words: readonly string[]): string {
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const params = words.map((word) => `${highlightParam}=${encodeURIComponent(word)}`).join('&');
  const joined = params ? `${path}${path.includes('?') ? '&' : '?'}${params}` : path;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

/** One result as an `<li>`: up to {@link maxSections} section links. `query` holds the query's words; `phrase`, a quoted query, is marked whole on the page. */
export function renderResult(data: PagefindData, query: readonly string[], phrase: readonly string[] = []): HTMLLIElement {
  const item = el('li', 'result');
  const id = data.meta.id ?? '';
  const title = data.meta.title ?? data.url;
  const marks = matchedWords(data, query, phrase);
  const heading = el('h2', 'result-title');
  const name = id ? `${id}: ${title}` : title;
  const link = el('a', undefined, name);
  link.href = withHighlight(data.url, marks);
  heading.append(link);
  item.append(heading);
  if (data.meta.date) item.append(el('p', 'result-meta', `Last modified ${isoDate(data.meta.date)}`));
  item.append(excerptParagraph(data.excerpt));
  const sections = data.sub_results.filter((section) => section.url.includes('#')).slice(0, maxSections);
  if (sections.length > 0) {
    const list = el('ul', 'result-sections');
    list.setAttribute('aria-label', `Matching sections of ${id || title}`);
    for (const section of sections) {
      const li = el('li');
      const a = el('a', undefined, section.title.trim());
      // Section titles repeat across articles ("MORE INFORMATION"): the link's text also names its
      // article, for screen readers' link lists and crawlers, and hidden from sight, where the result's title says it.
      a.append(el('span', 'visually-hidden', ` (in ${name})`));
      a.href = withHighlight(section.url, marks);
      li.append(a, excerptParagraph(section.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** The item of an article id typed alone: a link to its page, found without any search download. */
export function renderIdResult(id: string, url: string): HTMLLIElement {
  const item = el('li', 'result result-pinned');
  const heading = el('h2', 'result-title');
  const link = el('a', undefined, `${id}: open the article`);
  link.href = url;
  heading.append(link);
  item.append(heading, el('p', 'result-meta', 'Article with this ID · press Enter to open it'));
  return item;
}
