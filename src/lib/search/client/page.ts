/**
 * The search page's controller: URL state ⇄ form, Pagefind searches, results, filters, announcements.
 * A run goes through ordered steps: show the state (an id's article, or one search: its first page
 * of results, status, help, counts), wait for the frame that draws it, then write it to the URL.
 */
import { articlePath, withBase } from '../../site/urls.ts';
import { idFromQuery } from '../ids.ts';
import { isActive, readState, type SearchState } from '../url-state.ts';
import { loadPagefind, type FilterCounts } from './pagefind-api.ts';
import { dateWindow, preloadQuery, runQuery, type SearchAnswer } from './query.ts';
import { renderFilters } from './render-filters.ts';
import { renderIdResult } from './render-results.ts';
import { addPage, type Shown } from './results-list.ts';
import { UrlHistory } from './url-history.ts';

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

/** Status when the index cannot be loaded. */
const unavailable = 'Search is not available: the search index could not be loaded. Try again later.';
/** How long a search runs before the status says "Searching…" (ms). */
const searchingDelay = 150;
/** Pause in typing after which Pagefind starts loading the words' chunks (ms); the search runs after {@link typingDelay}. */
const preloadDelay = 120;
/** Pause in typing after which the typed query is searched (ms). */
const typingDelay = 250;

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

/** The state of one search page and the steps of a run. */
class SearchPage {
  state = readState(location.search);
  /** Numbers the runs: a step whose run is no longer the latest draws nothing. */
  generation = 0;
  /** Typing goes on: each pause replaces the history entry of the previous one. */
  typing = false;
  /** Filter values are shown (panel opened, or the URL has filters): only then are counts asked for. */
  filtersWanted = Object.keys(this.state.filters).length > 0;
  /** The results on show, when a search is. */
  current: Shown | undefined;
  readonly history = new UrlHistory();
  readonly ui: SearchElements;
  /** The site's base path (`/` or `/kbarchive/`). */
  readonly base: string;

  constructor(ui: SearchElements, base: string) {
    this.ui = ui;
    this.base = base;
  }

  /** Runs `next` and records it in the URL (a new history entry unless `replace`) once its results are shown. */
  commit(next: SearchState, replace = false): void {
    this.state = next;
    this.history.committed(replace);
    void this.run();
  }

  /** Runs the current state, then, once its results are drawn, writes it to the URL unless a newer run started. */
  async run(): Promise<void> {
    const gen = ++this.generation;
    await this.show(gen);
    if (gen !== this.generation) return;
    await afterNextFrame();
    if (gen !== this.generation) return;
    this.history.write(this.state);
    // After the history write, so the entry left behind keeps its own title.
    document.title = this.state.q ? `Search: ${this.state.q} · KB Atlas` : 'Search · KB Atlas';
  }

  /** Shows the current state: an id's article, or one search. */
  async show(gen: number): Promise<void> {
    this.syncForm();
    const target = idTarget(this.base, this.state.q);
    if (!isActive(this.state) || target) return this.showWithoutSearch(target);
    // Said only when a search is slow (the first one loads the index): a quick answer replaces the
    // previous one without a "Searching…" flashing in between, or announced for nothing.
    const slow = setTimeout(() => gen === this.generation && (this.ui.status.textContent = 'Searching…'), searchingDelay);
    try {
      await this.showSearch(gen, this.filtersWanted);
    } catch {
      if (gen !== this.generation) return;
      this.ui.results.removeAttribute('aria-busy');
      this.ui.status.textContent = unavailable;
    } finally {
      clearTimeout(slow);
    }
  }

  /** Shows the state in the form controls. */
  syncForm(): void {
    if (this.ui.input.value.trim() !== this.state.q) this.ui.input.value = this.state.q;
    this.ui.sort.value = this.state.sort;
    if (this.filtersWanted) this.ui.filters.open = true;
  }

  /** No search: an id typed alone is answered without the index (its article's page is where it leads), an empty query clears. */
  async showWithoutSearch(target: { id: string; url: string } | null): Promise<void> {
    const withCounts = this.filtersWanted;
    this.current = undefined;
    this.ui.results.replaceChildren(...(target ? [renderIdResult(target.id, target.url)] : []));
    this.ui.results.removeAttribute('aria-busy');
    this.ui.more.hidden = true;
    this.ui.help.hidden = true;
    this.ui.status.textContent = target ? `Article ${target.id}: follow the link, or press Enter, to open it.` : '';
    if (withCounts && !target) await this.showAllFilters();
  }

  /** One search: its first page of results, then the status, the help and (when wanted) the counts. */
  async showSearch(gen: number, withCounts: boolean): Promise<void> {
    const answer = await runQuery(await loadPagefind(this.base), this.state, withCounts);
    if (gen !== this.generation) return;
    this.current = { answer, shown: 0, adding: Promise.resolve() };
    await this.addPage(this.current, gen, true);
    if (gen !== this.generation) return;
    this.ui.status.textContent = statusText(this.state, answer);
    this.ui.help.hidden = answer.total > 0;
    if (withCounts) this.showFilters(gen, answer.counts);
  }

  /** Adds the next page of `shown` (results-list.ts) for run `gen`. */
  addPage(shown: Shown, gen: number, first = false): Promise<HTMLLIElement[]> {
    return addPage(this.ui, shown, () => gen === this.generation, () => (this.ui.status.textContent = unavailable), first);
  }

  /** Shows filter values with `counts`, unless a newer run has started. */
  showFilters(gen: number, counts: FilterCounts): void {
    if (gen === this.generation) renderFilters(this.ui.filterGroups, counts, this.state);
  }

  /** Shows every filter value with its number of articles (no query: nothing to count within). */
  async showAllFilters(): Promise<void> {
    const gen = this.generation;
    try {
      this.showFilters(gen, await (await loadPagefind(this.base)).filters());
    } catch {
      // the next run reports an unreachable index
    }
  }

  /** Counts the current results per filter value once the panel opens (a first search does not pay for them). */
  async showCounts(): Promise<void> {
    if (!isActive(this.state) || idTarget(this.base, this.state.q)) return this.showAllFilters();
    const gen = this.generation;
    try {
      this.showFilters(gen, (await runQuery(await loadPagefind(this.base), this.state, true)).counts);
    } catch {
      // the status already says when the index is unreachable
    }
  }
}

/** Submitting: an article id opens its article (no search, no download); anything else is searched. */
function onSubmit(page: SearchPage, event: SubmitEvent): void {
  event.preventDefault();
  page.typing = false;
  const q = page.ui.input.value.trim();
  const target = idTarget(page.base, q);
  if (target) location.assign(target.url);
  else page.commit({ ...page.state, q });
}

/** Typing: once it pauses, Pagefind starts fetching the words' index chunks; the search itself waits a little longer. */
function onTyping(page: SearchPage): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    clearTimeout(preloadTimer);
    preloadTimer = setTimeout(() => {
      const q = page.ui.input.value.trim();
      if (q && !idTarget(page.base, q)) loadPagefind(page.base).then((api) => preloadQuery(api, { ...page.state, q }), () => {});
    }, preloadDelay);
    timer = setTimeout(() => {
      const q = page.ui.input.value.trim();
      if (q === page.state.q) return;
      page.commit({ ...page.state, q }, page.typing);
      page.typing = true;
    }, typingDelay);
  };
}

/** A filter box ticked or cleared. */
function onFilterChange(page: SearchPage, event: Event): void {
  const box = event.target as HTMLInputElement;
  const values = new Set(page.state.filters[box.name] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  const filters = { ...page.state.filters, [box.name]: [...values] };
  if (values.size === 0) delete filters[box.name];
  page.typing = false;
  page.commit({ ...page.state, filters });
}

/** The browser moved to another history entry. */
function onHistoryMove(page: SearchPage): void {
  page.history.forget();
  page.typing = false;
  page.state = readState(location.search);
  if (Object.keys(page.state.filters).length > 0) page.filtersWanted = true;
  void page.run();
}

/** Wires the search page; `base` is the site's base path (`/` or `/kbarchive/`). */
export function startSearchPage(ui: SearchElements, base: string): void {
  const page = new SearchPage(ui, base);
  ui.form.addEventListener('submit', (event) => onSubmit(page, event));
  ui.input.addEventListener('input', onTyping(page));
  ui.sort.addEventListener('change', () => page.commit({ ...page.state, sort: ui.sort.value as SearchState['sort'] }));
  ui.filterGroups.addEventListener('change', (event) => onFilterChange(page, event));
  ui.filters.addEventListener('toggle', () => {
    if (!ui.filters.open || page.filtersWanted) return;
    page.filtersWanted = true;
    void page.showCounts();
  });
  ui.more.addEventListener('click', async () => {
    if (!page.current) return;
    const items = await page.addPage(page.current, page.generation);
    items[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => onHistoryMove(page));
  if (!isActive(page.state)) ui.input.focus();
  void page.run();
}
