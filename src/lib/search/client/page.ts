/** The search page's controller: URL state ⇄ form, index searches, results, filters, announcements. */
import type { FilterCounts, ResultData, SearchAnswer } from '../engine/search.ts';
import { isActive, readState, writeState, type SearchState } from '../url-state.ts';
import { runQuery } from './query.ts';
import { renderFilters } from './render-filters.ts';
import { renderResult } from './render-results.ts';
import { openSiteIndex } from './site-index.ts';

/** The page's elements the controller drives. */
export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLDetailsElement;
  filterGroups: HTMLElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  help: HTMLElement;
}

/** Results shown per page and per "More results". */
const pageSize = 10;
/** Results shown first on a new search, before the rest of its page is asked for: about a laptop screen's worth. */
const firstScreen = 5;
/** Status when the index cannot be loaded. */
const unavailable = 'Search is not available: the search index could not be loaded. Try again later.';
/** How long a search runs before the status says "Searching…" (ms). */
const searchingDelay = 150;

/** The results on show: the answer, how many are shown, and the page being added (pages are added one after another). */
interface Shown {
  answer: SearchAnswer;
  shown: number;
  adding: Promise<unknown>;
}

/** Resolves after the next frame is drawn (a task queued from the frame's callback runs after its paint); at once in a hidden page, which draws no frames. */
function afterNextFrame(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** Status line of an answer: `3 results for “SMS” with the selected filters.` */
function statusText(state: SearchState, count: number, truncated: boolean): string {
  const what = state.q ? ` for “${state.q}”` : '';
  const narrowed = Object.keys(state.filters).length > 0 ? ' with the selected filters' : '';
  const more = truncated ? ' Only the best matches were checked for the exact phrase; add words or a filter to check others.' : '';
  return `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${what}${narrowed}.${more}`;
}

/** Wires the search page; `base` is the site's base path (`/` or `/kbarchive/`). */
export function startSearchPage(ui: SearchElements, base: string): void {
  let state = readState(location.search);
  let generation = 0;
  let typing = false;
  /** Filter values are shown (panel opened, or the URL has filters): only then are counts asked for. */
  let filtersWanted = Object.keys(state.filters).length > 0;
  let current: Shown | undefined;

  /** Shows the state in the form controls. */
  const syncForm = () => {
    if (ui.input.value.trim() !== state.q) ui.input.value = state.q;
    ui.sort.value = state.sort;
    if (filtersWanted) ui.filters.open = true;
  };

  /** A state committed but not yet in the URL, and whether it asked for a new history entry (then it gets one even if a later replace joins it). */
  let unwritten: { push: boolean } | null = null;

  /**
   * Runs `next` and records it in the URL (a new history entry unless `replace`) once its results
   * are shown: writing history makes the browser do a same-document navigation, which on a small
   * machine delays the search's first fetch by ~7 ms when done first (measured).
   */
  const commit = (next: SearchState, replace = false) => {
    state = next;
    unwritten = { push: (unwritten?.push ?? false) || !replace };
    void run();
  };

  /** Writes the shown state to the URL, if a commit left it unwritten. */
  const writeHistory = () => {
    if (!unwritten) return;
    const url = `${location.pathname}${writeState(state)}`;
    if (unwritten.push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    unwritten = null;
  };

  /** Renders `results` (the hits from `from` on) and puts them in the list: replacing the previous search's with `replace`, else after the shown ones. */
  const place = (shown: Shown, results: ResultData[], from: number, replace: boolean): HTMLLIElement[] => {
    const items = results.map((result, i) => renderResult(result, shown.answer.pinned && from + i === 0));
    if (replace) {
      ui.results.replaceChildren(...items);
      ui.more.hidden = true;
    } else ui.results.append(...items);
    return items;
  };

  /**
   * Adds the next page of `shown`'s results after any page still being added; resolves to the new
   * items. A new search's page (`first`) replaces the previous results in one step (the list is
   * never drawn empty in between) and comes in two parts: the first screen's data is asked for alone
   * and shown (the promise resolves then), and the rest of the page's after it, as each request
   * costs the browser the same work and ten at once delay the first five (measured).
   */
  const addPage = (shown: Shown, gen: number, first = false): Promise<HTMLLIElement[]> => {
    const from = shown.shown;
    const hits = shown.answer.page(from, from + pageSize);
    shown.shown += hits.length;
    const head = first ? hits.slice(0, firstScreen) : hits;
    const rest = hits.slice(head.length);
    const data = Promise.all(head.map((hit) => hit.data()));
    ui.results.setAttribute('aria-busy', 'true');
    const added = shown.adding.then(async () => {
      const results = await data;
      return gen === generation ? place(shown, results, from, first) : [];
    });
    const done = added.then(async () => {
      if (rest.length > 0) {
        const results = await Promise.all(rest.map((hit) => hit.data()));
        if (gen === generation) place(shown, results, from + head.length, false);
      }
      if (gen === generation) ui.more.hidden = shown.shown >= shown.answer.total;
    });
    done.then(
      () => gen === generation && ui.results.removeAttribute('aria-busy'),
      () => {
        if (gen !== generation) return;
        ui.results.removeAttribute('aria-busy');
        ui.status.textContent = unavailable;
      },
    );
    shown.adding = done.catch(() => {});
    return added;
  };

  /** Shows filter values with `counts`, unless a newer run has started. */
  const showFilters = (gen: number, counts: FilterCounts) => {
    if (gen === generation) renderFilters(ui.filterGroups, counts, state);
  };

  /**
   * Runs the current state (see {@link show}), then, once the results are drawn, writes it to the URL
   * unless a newer run started: the history write costs this machine's Chromium ~2 ms (profiled), which
   * would otherwise come before the results' first frame.
   */
  const run = async () => {
    const gen = ++generation;
    await show(gen);
    if (gen !== generation) return;
    await afterNextFrame();
    if (gen !== generation) return;
    writeHistory();
    // After the history write, so the entry left behind keeps its own title.
    document.title = state.q ? `Search: ${state.q} · KB Atlas` : 'Search · KB Atlas';
  };

  /** Shows the current state: one search, then results, counts and help. */
  const show = async (gen: number) => {
    const withCounts = filtersWanted;
    syncForm();
    if (!isActive(state)) {
      current = undefined;
      ui.results.replaceChildren();
      ui.results.removeAttribute('aria-busy');
      ui.more.hidden = true;
      ui.help.hidden = true;
      ui.status.textContent = '';
      if (withCounts) await showAllFilters();
      return;
    }
    // Said only when a search is slow (the first one loads the index): a quick answer replaces the
    // previous one without a "Searching…" flashing in between, or announced for nothing.
    const slow = setTimeout(() => gen === generation && (ui.status.textContent = 'Searching…'), searchingDelay);
    try {
      const answer = await runQuery(await openSiteIndex(base), state, withCounts);
      if (gen !== generation) return;
      current = { answer, shown: 0, adding: Promise.resolve() };
      await addPage(current, gen, true);
      if (gen !== generation) return;
      ui.status.textContent = statusText(state, answer.total, answer.truncated);
      ui.help.hidden = answer.total > 0;
      if (withCounts) showFilters(gen, answer.counts);
    } catch {
      if (gen !== generation) return;
      ui.results.removeAttribute('aria-busy');
      ui.status.textContent = unavailable;
    } finally {
      clearTimeout(slow);
    }
  };

  /** Shows every filter value with its number of articles (no query: nothing to count within). */
  const showAllFilters = async () => {
    const gen = generation;
    try {
      showFilters(gen, await (await openSiteIndex(base)).allFilters());
    } catch {
      // the next run reports an unreachable index
    }
  };

  /** Counts the current results per filter value once the panel opens (a first search does not pay for them). */
  const showCounts = async () => {
    if (!isActive(state)) return showAllFilters();
    const gen = generation;
    try {
      showFilters(gen, (await runQuery(await openSiteIndex(base), state, true)).counts);
    } catch {
      // the status already says when the index is unreachable
    }
  };

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
    commit({ ...state, q: ui.input.value.trim() });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  ui.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = ui.input.value.trim();
      if (q === state.q) return;
      commit({ ...state, q }, typing);
      typing = true;
    }, 250);
  });
  ui.sort.addEventListener('change', () => commit({ ...state, sort: ui.sort.value as SearchState['sort'] }));
  ui.filterGroups.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const filters = { ...state.filters, [box.name]: [...values] };
    if (values.size === 0) delete filters[box.name];
    typing = false;
    commit({ ...state, filters });
  });
  ui.filters.addEventListener('toggle', () => {
    if (!ui.filters.open || filtersWanted) return;
    filtersWanted = true;
    void showCounts();
  });
  ui.more.addEventListener('click', async () => {
    if (!current) return;
    const items = await addPage(current, generation);
    items[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    // The browser moved to another entry: an unwritten state belongs to the one it left.
    unwritten = null;
    typing = false;
    state = readState(location.search);
    if (Object.keys(state.filters).length > 0) filtersWanted = true;
    void run();
  });
  if (!isActive(state)) ui.input.focus();
  void run();
}
