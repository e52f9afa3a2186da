/** The results list: one search's hits added a page at a time, each page's data asked for as it is shown. */
import type { PagefindData } from './pagefind-api.ts';
import type { SearchAnswer } from './query.ts';
import { renderResult } from './render-results.ts';

/** Results shown per page and per "More results". */
const pageSize = 10;
/** Results shown first on a new search, before the rest of its page is asked for: about a laptop screen's worth. */
const firstScreen = 5;

/** The results on show: the answer, how many are shown, and the page being added (pages are added one after another). */
export interface Shown {
  answer: SearchAnswer;
  shown: number;
  adding: Promise<unknown>;
}

/** The elements the list drives. */
export interface ResultsElements {
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

/** Renders `results` and puts them in the list: replacing the previous search's with `replace`, else after the shown ones. */
function place(ui: ResultsElements, shown: Shown, results: PagefindData[], replace: boolean): HTMLLIElement[] {
  const items = results.map((result) => renderResult(result, shown.answer.words, shown.answer.phrase));
  if (replace) {
    ui.results.replaceChildren(...items);
    ui.more.hidden = true;
  } else ui.results.append(...items);
  return items;
}

/**
 * Adds the next page of `shown`'s results after any page still being added; resolves to the new
 * items. A new search's page (`first`) replaces the previous results in one step (the list is never
 * drawn empty in between) and comes in two parts: the first screen's data is asked for alone and
 * shown (the promise resolves then), and the rest of the page's after it, as each request costs the
 * browser the same work and ten at once delay the first five (measured). Nothing is drawn once
 * `current()` is false (a newer search started); `failed` is called when the data cannot be loaded.
 */
export function addPage(ui: ResultsElements, shown: Shown, current: () => boolean, failed: () => void, first = false): Promise<HTMLLIElement[]> {
  const from = shown.shown;
  const hits = shown.answer.page(from, from + pageSize);
  shown.shown += hits.length;
  const head = first ? hits.slice(0, firstScreen) : hits;
  const rest = hits.slice(head.length);
  const data = Promise.all(head.map((hit) => hit.data()));
  ui.results.setAttribute('aria-busy', 'true');
  const added = shown.adding.then(async () => {
    const results = await data;
    return current() ? place(ui, shown, results, first) : [];
  });
  const done = added.then(async () => {
    if (rest.length > 0) {
      const results = await Promise.all(rest.map((hit) => hit.data()));
      if (current()) place(ui, shown, results, false);
    }
    if (current()) ui.more.hidden = shown.shown >= shown.answer.available;
  });
  done.then(
    () => current() && ui.results.removeAttribute('aria-busy'),
    () => {
      if (!current()) return;
      ui.results.removeAttribute('aria-busy');
      failed();
    },
  );
  shown.adding = done.catch(() => {});
  return added;
}
