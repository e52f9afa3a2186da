/** The search page's controller: URL state ⇄ form, Pagefind searches, results, filters, announcements. */
import { articlePath, withBase } from '../../site/urls.ts';
import { idFromQuery } from '../ids.ts';
import { isActive, readState, writeState, type SearchState } from '../url-state.ts';
import { loadPagefind, type FilterCounts, type PagefindData } from './pagefind-api.ts';
import { dateWindow, preloadQuery, runQuery, type SearchAnswer } from './query.ts';
import { renderFilters } from './render-filters.ts';
import { renderIdResult, renderResult } from './render-results.ts';

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
/** Pause in typing after which Pagefind starts loading the words' chunks (ms); the search runs after {@link typingDelay}. */
const preloadDelay = 120;
/** Pause in typing after which the typed query is searched (ms). */
const typingDelay = 250;

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
function statusText(state: SearchState, answer: SearchAnswer): string {
  const count = answer.total;
  const what = state.q ? ` for “${state.q}”` : '';
  const narrowed = Object.keys(state.filters).length > 0 ? ' with the selected filters' : '';
  const order = state.sort === 'newest' ? 'newest' : 'oldest';
  const dated = state.sort !== 'relevance' && count > answer.available ? ` The ${dateWindow} best matches are shown, ${order} first.` : '';
  return `${count === 0 ? 'No' : count.toLocaleString('en-US')} result${count === 1 ? '' : 's'}${what}${narrowed}.${dated}`;
}

/** The page of an article id typed alone (`KB 266130` → `…/kb/266/Q266130/`), or null for any other query. */
function idTarget(base: string, q: string): { id: string; url: string } | null {
  const id = idFromQuery(q);
  return id ? { id, url: withBase(base, articlePath(id)) } : null;
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

  /** Renders `results` and puts them in the list: replacing the previous search's with `replace`, else after the shown ones. */
  const place = (shown: Shown, results: PagefindData[], replace: boolean): HTMLLIElement[] => {
    const items = results.map((result) => renderResult(result, shown.answer.words, shown.answer.phrase));
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
      return gen === generation ? place(shown, results, first) : [];
    });
    const done = added.then(async () => {
      if (rest.length > 0) {
        const results = await Promise.all(rest.map((hit) => hit.data()));
        if (gen === generation) place(shown, results, false);
      }
      if (gen === generation) ui.more.hidden = shown.shown >= shown.answer.available;
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

  /** Shows the current state: an id's article, or one search, then results, counts and help. */
  const show = async (gen: number) => {
    const withCounts = filtersWanted;
    syncForm();
    const target = idTarget(base, state.q);
    if (!isActive(state) || target) {
      current = undefined;
      ui.results.replaceChildren(...(target ? [renderIdResult(target.id, target.url)] : []));
      ui.results.removeAttribute('aria-busy');
      ui.more.hidden = true;
      ui.help.hidden = true;
      // An id is answered without the index: the article's page is where its id leads.
      ui.status.textContent = target ? `Article ${target.id}: follow the link, or press Enter, to open it.` : '';
      if (withCounts && !target) await showAllFilters();
      return;
    }
    // Said only when a search is slow (the first one loads the index): a quick answer replaces the
    // previous one without a "Searching…" flashing in between, or announced for nothing.
    const slow = setTimeout(() => gen === generation && (ui.status.textContent = 'Searching…'), searchingDelay);
    try {
      const answer = await runQuery(await loadPagefind(base), state, withCounts);
      if (gen !== generation) return;
      current = { answer, shown: 0, adding: Promise.resolve() };
      await addPage(current, gen, true);
      if (gen !== generation) return;
      ui.status.textContent = statusText(state, answer);
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
      showFilters(gen, await (await loadPagefind(base)).filters());
    } catch {
      // the next run reports an unreachable index
    }
  };

  /** Counts the current results per filter value once the panel opens (a first search does not pay for them). */
  const showCounts = async () => {
    if (!isActive(state) || idTarget(base, state.q)) return showAllFilters();
    const gen = generation;
    try {
      showFilters(gen, (await runQuery(await loadPagefind(base), state, true)).counts);
    } catch {
      // the status already says when the index is unreachable
    }
  };

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
    const q = ui.input.value.trim();
    // An article id opens its article: no search, no download.
    const target = idTarget(base, q);
    if (target) location.assign(target.url);
    else commit({ ...state, q });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  ui.input.addEventListener('input', () => {
    clearTimeout(timer);
    clearTimeout(preloadTimer);
    // Once typing pauses, Pagefind starts fetching the words' index chunks; the search itself waits a little longer.
    preloadTimer = setTimeout(() => {
      const q = ui.input.value.trim();
      if (q && !idTarget(base, q)) loadPagefind(base).then((api) => preloadQuery(api, { ...state, q }), () => {});
    }, preloadDelay);
    timer = setTimeout(() => {
      const q = ui.input.value.trim();
      if (q === state.q) return;
      commit({ ...state, q }, typing);
      typing = true;
    }, typingDelay);
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
