/** The search page's controller: URL state ⇄ form, Pagefind queries, results, filters, announcements. */
import { isActive, readState, writeState, type SearchState } from '../url-state.ts';
import { loadPagefind, type PagefindResult, type PagefindSearch } from './pagefind.ts';
import type { ResultPager } from './order.ts';
import { runQuery } from './query.ts';
import { renderFilters } from './render-filters.ts';
import { renderResult } from './render-results.ts';

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

/** Wires the search page; `base` is the site's base path (`/` or `/kbarchive/`), `shards` the number of index shards (default 1). */
export function startSearchPage(ui: SearchElements, base: string, shards = 1): void {
  let state = readState(location.search);
  let generation = 0;
  let typing = false;
  let filtersWanted = Object.keys(state.filters).length > 0;
  let current: { search: PagefindSearch; order: ResultPager; shown: number } | undefined;

  /** Shows the state in the form controls. */
  const syncForm = () => {
    if (ui.input.value.trim() !== state.q) ui.input.value = state.q;
    ui.sort.value = state.sort;
    if (filtersWanted) ui.filters.open = true;
  };

  /** Records `next` in the URL (a new history entry unless `replace`) and runs it. */
  const commit = (next: SearchState, replace = false) => {
    state = next;
    const url = `${location.pathname}${writeState(state)}`;
    if (replace) history.replaceState(null, '', url);
    else if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run();
  };

  /** Appends the next page of results; pins the article whose id was typed. */
  const showMore = async (gen: number, pinId: string | null) => {
    if (!current) return;
    const data: PagefindResult[] = await current.order.take(pageSize);
    if (gen !== generation) return;
    if (pinId && current.shown === 0) {
      const at = data.findIndex((d) => d.meta.id === pinId);
      if (at > 0) data.unshift(...data.splice(at, 1));
    }
    const items = data.map((d, i) => renderResult(d, current!.shown === 0 && i === 0 && d.meta.id === pinId));
    ui.results.append(...items);
    current.shown += data.length;
    ui.more.hidden = current.shown >= current.order.total;
    return items;
  };

  /** Runs the current state: one Pagefind query, then results, counts and help. */
  const run = async () => {
    const gen = ++generation;
    syncForm();
    document.title = state.q ? `Search: ${state.q} · KB Atlas` : 'Search · KB Atlas';
    if (!isActive(state)) {
      current = undefined;
      ui.results.replaceChildren();
      ui.more.hidden = true;
      ui.help.hidden = true;
      ui.status.textContent = '';
      if (filtersWanted) void showAllFilters();
      return;
    }
    ui.status.textContent = 'Searching…';
    const api = await loadPagefind(base, shards);
    const { search, order, pinId } = await runQuery(api, state, shards);
    if (gen !== generation) return;
    current = { search, order, shown: 0 };
    ui.results.replaceChildren();
    await showMore(gen, pinId);
    if (gen !== generation) return;
    const count = search.results.length;
    const what = state.q ? ` for “${state.q}”` : '';
    const narrowed = Object.keys(state.filters).length > 0 ? ' with the selected filters' : '';
    ui.status.textContent = `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${what}${narrowed}.`;
    ui.help.hidden = count > 0;
    if (filtersWanted) renderFilters(ui.filterGroups, search.filters, state);
  };

  /** Loads every filter's values (Pagefind fetches the filter index only now) and shows them. */
  const showAllFilters = async () => {
    const api = await loadPagefind(base, shards);
    const counts = await api.filters();
    if (isActive(state)) void run();
    else renderFilters(ui.filterGroups, counts, state);
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
    void showAllFilters();
  });
  ui.more.addEventListener('click', async () => {
    const items = await showMore(generation, null);
    items?.[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    state = readState(location.search);
    if (Object.keys(state.filters).length > 0) filtersWanted = true;
    void run();
  });
  if (!isActive(state)) ui.input.focus();
  void run();
}
