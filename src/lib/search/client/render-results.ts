/** Builds the result list items: title link, id and date, highlighted excerpt, links to matching sections. */
import type { ResultData } from '../engine/search.ts';

/** Most section links shown per result. Default: 3. */
const maxSections = 3;

/** Creates an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as a paragraph; the index escapes the article text and adds only `<mark>`. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'result-excerpt');
  p.innerHTML = html;
  return p;
}

/** One result as an `<li>`; `pinned` marks the article whose id was typed. Up to {@link maxSections} section links. */
export function renderResult(result: ResultData, pinned = false): HTMLLIElement {
  const item = el('li', pinned ? 'result result-pinned' : 'result');
  const heading = el('h2', 'result-title');
  const link = el('a', undefined, `${result.id}: ${result.title || result.url}`);
  link.href = result.url;
  heading.append(link);
  const details = el('p', 'result-meta', [pinned ? 'Article with this ID' : '', result.date ? `Last modified ${result.date}` : ''].filter(Boolean).join(' · '));
  item.append(heading, details, excerpt(result.excerpt));
  const sections = result.sections.slice(0, maxSections);
  if (sections.length > 0) {
    const list = el('ul', 'result-sections');
    list.setAttribute('aria-label', `Matching sections of ${result.id || 'this article'}`);
    for (const section of sections) {
      const li = el('li');
      const a = el('a', undefined, section.title);
      a.href = section.url;
      li.append(a, excerpt(section.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
