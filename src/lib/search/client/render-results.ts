/** Builds the result list items: title link, id and date, highlighted excerpt, links to matching sections. */
import type { PagefindResult } from './pagefind.ts';

/** Creates an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt as a paragraph; Pagefind escapes the page text and adds only `<mark>`. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'result-excerpt');
  p.innerHTML = html;
  return p;
}

/** One result as an `<li>`; `pinned` marks the article whose id was typed. Up to 3 section links. */
export function renderResult(result: PagefindResult, pinned = false): HTMLLIElement {
  const item = el('li', pinned ? 'result result-pinned' : 'result');
  const heading = el('h2', 'result-title');
  const link = el('a', undefined, `${result.meta.id ?? ''}: ${result.meta.title ?? result.url}`);
  link.href = result.url;
  heading.append(link);
  const details = el('p', 'result-meta', [pinned ? 'Article with this ID' : '', result.meta.date ? `Last modified ${result.meta.date}` : ''].filter(Boolean).join(' · '));
  item.append(heading, details, excerpt(result.excerpt));
  const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const list = el('ul', 'result-sections');
    list.setAttribute('aria-label', `Matching sections of ${result.meta.id ?? 'this article'}`);
    for (const sub of sections) {
      const li = el('li');
      const a = el('a', undefined, sub.title);
      a.href = sub.url;
      li.append(a, excerpt(sub.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
