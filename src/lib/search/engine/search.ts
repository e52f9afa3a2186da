/**
 * Searching the index from the browser (or Node, in tests): loads `meta.bin`, then per query only the
 * buckets of its words, intersects their postings, ranks by summed term scores, and loads display
 * data for the results shown. Files are fetched through a {@link Loader}, so tests need no server.
 */
import { articleExcerpts, docPhraseKeys, docWords, holdsPhrase, matcherOf, phraseCount } from './excerpt.ts';
import { mayFollow } from './followers.ts';
import {
  bucketOf, bucketPath, datesPath, decodeBucket, decodeDates, decodeFilter, decodeFollowers, decodeJson, docPath, filterPath, followersPath, metaFile,
  type BucketTerm, type DocData, type IndexMeta,
} from './format.ts';
import { inflate } from './inflate.ts';
import { planQuery, stemsTypedPast, type QueryPlan, type TermGroup } from './query-plan.ts';
import { idf, phraseScore, ranking, termScore } from './weights.ts';
import { ResultOrder } from './result-order.ts';
import { phraseKeys } from './tokenize.ts';

/** Fetches an index file by its path inside the index folder; null when it does not exist. */
export type Loader = (path: string) => Promise<Uint8Array | null>;

/** Result orders. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';
/** Counts per filter key and value: `{ product: { 'Microsoft …': 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /** Selected values per filter key: any value of a key (OR), every key (AND). Default: none. */
  filters?: Readonly<Record<string, readonly string[]>>;
  /** Default: relevance. */
  sort?: SortOrder;
  /** Also count the results per filter value (loads every filter's file once). Default: false. */
  counts?: boolean;
  /** An article put first when it is among the results (the one whose id was typed). Default: none. */
  pin?: number;
}

/** What a result shows. */
export interface ResultData {
  /** Page URL with the base path and the highlight parameter. */
  url: string;
  id: string;
  title: string;
  date: string;
  /** Excerpt HTML: escaped text with `<mark>` around matched words. */
  excerpt: string;
  /** Sections holding matches, most first: heading, URL with `#anchor`, excerpt HTML. */
  sections: Array<{ title: string; url: string; excerpt: string }>;
}

/** A result; its display data loads on demand. */
export interface SearchHit {
  /** Article number. */
  n: number;
  score: number;
  data(): Promise<ResultData>;
}

/** One search's answer. */
export interface SearchAnswer {
  /** Number of results. */
  total: number;
  /** Results at ranks `from` to `to` (exclusive); the order is worked out only as far as pages are read. */
  page(from: number, to: number): SearchHit[];
  /** Every result in order (orders them all: for small answers and tests; a page reads {@link page}). */
  readonly hits: SearchHit[];
  /** Per filter value, results holding it (only with `counts`). */
  counts: FilterCounts;
  /** True when a quoted phrase had more candidates than are checked ({@link phraseCheckLimit}); only the best ones were kept. */
  truncated: boolean;
  /** True when the article of {@link SearchOptions.pin} is among the results (it comes first). */
  pinned: boolean;
}

/** An answer with no results. */
const noResults: SearchAnswer = { total: 0, page: () => [], hits: [], counts: {}, truncated: false, pinned: false };

/** Candidates checked for a quoted phrase, best first (each costs a request and its article's text; 20 missed a holder ranked 21st of 38 in the whole archive). Default: 50. */
const phraseCheckLimit = 50;
/** Top results checked for an unquoted several-word query held as a phrase: the search page's first screen, whose data loads anyway (10 ranked the same tuning queries first, and cost five more requests before anything showed). Default: 5. */
const loosePhraseTop = 5;
/** Fewest words for that check (pasted messages; shorter queries rank better without). Default: 5. */
const loosePhraseMinWords = 5;
/** Most index terms one incomplete last word expands to (the most frequent). Default: 8. */
const prefixLimit = 8;

/** Article numbers ascending with their scores. */
interface Matches {
  numbers: Uint32Array;
  scores: Float64Array;
}

/** `a` restricted to the numbers of `b`, scores added (both ascending). */
function intersect(a: Matches, b: Matches): Matches {
  const numbers: number[] = [];
  const scores: number[] = [];
  let j = 0;
  for (let i = 0; i < a.numbers.length && j < b.numbers.length; i++) {
    const n = a.numbers[i]!;
    while (j < b.numbers.length && b.numbers[j]! < n) j++;
    if (b.numbers[j] === n) {
      numbers.push(n);
      scores.push(a.scores[i]! + b.scores[j]!);
    }
  }
  return { numbers: Uint32Array.from(numbers), scores: Float64Array.from(scores) };
}

/** Union of several term matches: the best score of each article. */
function union(parts: readonly Matches[]): Matches {
  if (parts.length === 1) return parts[0]!;
  const best = new Map<number, number>();
  for (const part of parts) part.numbers.forEach((n, i) => best.set(n, Math.max(best.get(n) ?? 0, part.scores[i]!)));
  const numbers = Uint32Array.from([...best.keys()].sort((x, y) => x - y));
  return { numbers, scores: Float64Array.from(numbers, (n) => best.get(n)!) };
}

/** Position of `key` in `items` sorted ascending by `keyOf` (numbers, or strings in code-unit order), or -1. */
function sortedIndexOf<T, K extends number | string>(items: ArrayLike<T>, key: K, keyOf: (item: T) => K): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = keyOf(items[mid]!);
    if (at < key) low = mid + 1;
    else if (at > key) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** The entry of `term` in a bucket's terms (in code-unit order, as the indexer sorts them), or null. */
function termIn(terms: readonly BucketTerm[], term: string): BucketTerm | null {
  return terms[sortedIndexOf(terms, term, (entry) => entry.term)] ?? null;
}

/** Ascending numbers with score 0. */
const unscored = (numbers: Uint32Array): Matches => ({ numbers, scores: new Float64Array(numbers.length) });

/** What a query's results share for showing themselves. */
interface ShownAs {
  index: SearchIndex;
  matcher: (word: string) => boolean;
  highlight: string;
}

/** A result: a class, not a closure per result, as common words give tens of thousands. */
class Hit implements SearchHit {
  readonly n: number;
  readonly score: number;
  private readonly shown: ShownAs;
  constructor(n: number, score: number, shown: ShownAs) {
    this.n = n;
    this.score = score;
    this.shown = shown;
  }
  data(): Promise<ResultData> {
    return this.shown.index.resultData(this.n, this.shown.matcher, this.shown.highlight);
  }
}

/** An opened index. */
export class SearchIndex {
  private readonly buckets = new Map<number, Promise<BucketTerm[]>>();
  private readonly followerFiles = new Map<number, Promise<Uint16Array>>();
  private readonly filterFiles = new Map<string, Promise<Map<string, Uint32Array>>>();
  private datesFile: Promise<Map<number, number>> | undefined;
  private readonly docs = new Map<number, Promise<DocData | null>>();

  /** The index's root file. */
  readonly meta: IndexMeta;
  private readonly load: Loader;
  private readonly base: string;
  private readonly highlightParam: string;

  private constructor(meta: IndexMeta, load: Loader, base: string, highlightParam: string) {
    this.meta = meta;
    this.load = load;
    this.base = base;
    this.highlightParam = highlightParam;
  }

  /** Opens the index: loads `meta.bin`. `base` is the site's base path (`/`, `/kbarchive/`); result links carry `highlightParam`. */
  static async open(load: Loader, base = '/', highlightParam = 'highlight'): Promise<SearchIndex> {
    const meta = decodeJson<IndexMeta>(await SearchIndex.fetch(load, metaFile));
    return new SearchIndex(meta, load, base.endsWith('/') ? base : `${base}/`, highlightParam);
  }

  private static async fetch(load: Loader, path: string): Promise<Uint8Array> {
    const bytes = await load(path);
    if (!bytes) throw new Error(`search index file ${path} is missing`);
    return inflate(bytes);
  }

  /** Terms of bucket `i`, in order (looked up by binary search: a map of its hundreds of terms cost more to build than the lookups save). */
  private bucket(i: number): Promise<BucketTerm[]> {
    let bucket = this.buckets.get(i);
    if (!bucket) {
      bucket = SearchIndex.fetch(this.load, bucketPath(this.meta.buckets[i]![1])).then(decodeBucket);
      this.buckets.set(i, bucket);
    }
    return bucket;
  }

  /** Follower masks of bucket `i`'s postings. */
  private followers(i: number): Promise<Uint16Array> {
    let masks = this.followerFiles.get(i);
    if (!masks) {
      masks = SearchIndex.fetch(this.load, followersPath(this.meta.buckets[i]![1])).then(decodeFollowers);
      this.followerFiles.set(i, masks);
    }
    return masks;
  }

  /** A term's postings with each posting's follower mask, or null when no article holds it. */
  private async followersOf(term: string): Promise<{ numbers: Uint32Array; masks: Uint16Array } | null> {
    const i = bucketOf(this.meta, term);
    if (i < 0) return null;
    const [entry, masks] = await Promise.all([this.lookup(term), this.followers(i)]);
    return entry && { numbers: entry.postings().numbers, masks: masks.subarray(entry.offset, entry.offset + entry.count) };
  }

  /** A term's entry, or null when no article holds it. */
  async lookup(term: string): Promise<BucketTerm | null> {
    const i = bucketOf(this.meta, term);
    return i < 0 ? null : termIn(await this.bucket(i), term);
  }

  /** The most frequent terms beginning with `prefix` (at most `limit`), from the bucket it falls in and the next ones while they start with it. */
  async prefixTerms(prefix: string, limit = prefixLimit): Promise<BucketTerm[]> {
    const found: BucketTerm[] = [];
    const first = Math.max(0, bucketOf(this.meta, prefix));
    for (let i = first; i < this.meta.buckets.length; i++) {
      if (i > first && !this.meta.buckets[i]![0].startsWith(prefix)) break;
      for (const entry of await this.bucket(i)) if (entry.term.startsWith(prefix)) found.push(entry);
    }
    return found.sort((a, b) => b.count - a.count).slice(0, limit);
  }

  /** One filter's values and their articles. */
  filter(key: string): Promise<Map<string, Uint32Array>> {
    let file = this.filterFiles.get(key);
    if (!file) {
      const hash = this.meta.filters[key];
      file = hash ? SearchIndex.fetch(this.load, filterPath(key, hash)).then(decodeFilter) : Promise.resolve(new Map());
      this.filterFiles.set(key, file);
    }
    return file;
  }

  /** Every article's day number. */
  dates(): Promise<Map<number, number>> {
    this.datesFile ??= SearchIndex.fetch(this.load, datesPath(this.meta.dates)).then(decodeDates);
    return this.datesFile;
  }

  /** An article's display data, or null when it is not in the index. */
  doc(n: number): Promise<DocData | null> {
    let doc = this.docs.get(n);
    if (!doc) {
      doc = this.load(docPath(n)).then((bytes) => (bytes ? decodeJson<DocData>(inflate(bytes)) : null));
      this.docs.set(n, doc);
    }
    return doc;
  }

  /** Every filter value with its number of articles (for browsing with no query). */
  async allFilters(): Promise<FilterCounts> {
    const counts: FilterCounts = {};
    for (const key of Object.keys(this.meta.filters)) {
      counts[key] = Object.fromEntries([...(await this.filter(key))].map(([value, numbers]) => [value, numbers.length]));
    }
    return counts;
  }

  /** Matches of one group, and the terms it matched (for excerpts); null when nothing in the index matches it. */
  private async groupMatches(group: TermGroup): Promise<{ matches: Matches; terms: string[] }[] | null> {
    const scored = (entry: BucketTerm, factor: number): Matches => {
      const { numbers, impacts } = entry.postings();
      const weight = idf(entry.count, this.meta.docs);
      // One score per impact byte, looked up per posting (common words have tens of thousands).
      const byImpact = Float64Array.from({ length: 256 }, (_, impact) => termScore(weight, impact, factor));
      const scores = new Float64Array(impacts.length);
      for (let i = 0; i < impacts.length; i++) scores[i] = byImpact[impacts[i]!]!;
      return { numbers, scores };
    };
    const exact = await this.lookup(group.term);
    if (exact) return [{ matches: scored(exact, 1), terms: [group.term] }];
    if (group.parts.length > 0) {
      const parts = await Promise.all(group.parts.map((part) => this.lookup(part)));
      if (parts.some((part) => !part)) return null;
      return parts.map((part) => ({ matches: scored(part!, 1), terms: [part!.term] }));
    }
    if (group.prefix) {
      const shorter = await Promise.all(stemsTypedPast(group.prefix).map((term) => this.lookup(term)));
      const expansions = [...(await this.prefixTerms(group.prefix)), ...shorter.filter((entry): entry is BucketTerm => entry !== null)];
      if (expansions.length === 0) return null;
      return [{ matches: union(expansions.map((entry) => scored(entry, ranking.prefixFactor))), terms: expansions.map((entry) => entry.term) }];
    }
    return null;
  }

  /**
   * The groups whose postings a query loads. A word found only in quoted phrases need not narrow the
   * candidates when it is one of the commonest terms (alone in its bucket, as big as its postings:
   * `not`, `use`, `file`): the phrase check reads the text anyway, so it is left out, unless nothing
   * else would be left.
   */
  private groupsToLoad(groups: readonly TermGroup[]): TermGroup[] {
    const common = (group: TermGroup) => {
      const bucket = this.meta.buckets[bucketOf(this.meta, group.term)];
      return group.quotedOnly && bucket !== undefined && bucket[0] === group.term && bucket[2] === 1;
    };
    const kept = groups.filter((group) => !common(group));
    return kept.length > 0 ? kept : [...groups];
  }

  /**
   * Keeps the candidates whose follower masks allow every adjacent pair of the query's phrases whose
   * first word has its masks in `masks` (only words whose bucket comes anyway: the commonest words'
   * are not fetched for this). Drops no article holding the phrases; the text check confirms the rest.
   */
  private async phraseCandidates(found: Matches, phrases: readonly string[][], masks: Map<string, ReturnType<SearchIndex['followersOf']>>): Promise<Matches> {
    const pairs = phrases.flatMap((keys) => keys.slice(0, -1).map((key, i) => [key, keys[i + 1]!] as const)).filter(([key]) => masks.has(key));
    const checks = (await Promise.all(pairs.map(async ([key, next]) => ({ postings: await masks.get(key)!, next, at: 0 })))).filter((check) => check.postings !== null);
    if (checks.length === 0) return found;
    const numbers: number[] = [];
    const scores: number[] = [];
    found.numbers.forEach((n, i) => {
      for (const check of checks) {
        const { numbers: holders, masks: held } = check.postings!;
        while (check.at < holders.length && holders[check.at]! < n) check.at++;
        // An article without the word (it matched through a compound's parts) is left to the text check.
        if (holders[check.at] === n && !mayFollow(held[check.at]!, check.next)) return;
      }
      numbers.push(n);
      scores.push(found.scores[i]!);
    });
    return { numbers: Uint32Array.from(numbers), scores: Float64Array.from(scores) };
  }

  /** Articles allowed by the selected filters, or null when none is selected. */
  private async filtered(filters: Readonly<Record<string, readonly string[]>>): Promise<Uint32Array | null> {
    let allowed: Uint32Array | null = null;
    for (const [key, values] of Object.entries(filters)) {
      if (values.length === 0) continue;
      const file = await this.filter(key);
      const set = new Set<number>();
      for (const value of values) for (const n of file.get(value) ?? []) set.add(n);
      const numbers = Uint32Array.from([...set].sort((a, b) => a - b));
      allowed = allowed ? intersect(unscored(allowed), unscored(numbers)).numbers : numbers;
    }
    return allowed;
  }

  /** Runs a query with filters and order; see {@link SearchOptions}. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
    const plan: QueryPlan = planQuery(query);
    const terms = new Set<string>();
    let found: Matches | null = null;
    if (plan.groups.length > 0) {
      const groups = this.groupsToLoad(plan.groups);
      const loaded = new Set(groups.map((group) => group.term));
      // A phrase's masks load with the buckets (same round), only for words whose bucket loads anyway.
      const masks = new Map(plan.phrases.flatMap((keys) => keys.slice(0, -1)).filter((key) => loaded.has(key)).map((key) => [key, this.followersOf(key)] as const));
      // Not awaited when a word is missing: a failed load must not go unhandled then.
      for (const pending of masks.values()) pending.catch(() => {});
      for (const group of plan.groups) terms.add(group.term);
      const resolved = await Promise.all(groups.map((group) => this.groupMatches(group)));
      if (resolved.some((group) => group === null)) return noResults;
      const all = resolved.flatMap((group) => group!);
      for (const { terms: matched } of all) for (const term of matched) terms.add(term);
      for (const { matches } of all.sort((a, b) => a.matches.numbers.length - b.matches.numbers.length)) {
        found = found ? intersect(found, matches) : matches;
      }
      if (found && masks.size > 0) found = await this.phraseCandidates(found, plan.phrases, masks);
    }
    const allowed = await this.filtered(options.filters ?? {});
    if (allowed) found = found ? intersect(found, unscored(allowed)) : unscored(allowed);
    if (!found) return noResults;

    const sort = options.sort ?? 'relevance';
    let order: ResultOrder;
    if (sort === 'relevance') order = ResultOrder.byScore(found.scores);
    else {
      const dates = await this.dates();
      const sign = sort === 'newest' ? -1 : 1;
      const day = (i: number) => dates.get(found.numbers[i]!) || 0;
      order = ResultOrder.of(Array.from(found.numbers.keys()).sort((a, b) => (day(a) === 0 ? 1 : 0) - (day(b) === 0 ? 1 : 0) || sign * (day(a) - day(b)) || a - b));
    }

    let truncated = false;
    if (plan.phrases.length > 0) {
      truncated = order.length > phraseCheckLimit;
      const best = order.slice(0, phraseCheckLimit);
      const docs = await Promise.all(best.map((i) => this.doc(found.numbers[i]!)));
      order = ResultOrder.of(best.filter((_, k) => {
        const keys = docs[k] && docPhraseKeys(docs[k]);
        return keys && plan.phrases.every((phrase) => holdsPhrase(keys, phrase));
      }));
    } else if (sort === 'relevance' && plan.loosePhrase && plan.loosePhrase.length >= loosePhraseMinWords && order.length > 1) {
      const top = order.slice(0, loosePhraseTop);
      const docs = await Promise.all(top.map((i) => this.doc(found.numbers[i]!)));
      // Those holding the message go first, best phrase score first (the order among them otherwise
      // follows word scores, where a long article repeating one of the words wins).
      const phrase = plan.loosePhrase;
      const scoreOf = new Map<number, number>();
      top.forEach((i, k) => {
        const doc = docs[k];
        if (!doc) return;
        const inBody = phraseCount(docPhraseKeys(doc), phrase);
        if (inBody > 0) scoreOf.set(i, phraseScore(phraseCount(phraseKeys(doc.title), phrase), inBody, docWords(doc).words.length));
      });
      const held = top.filter((i) => scoreOf.has(i)).sort((a, b) => scoreOf.get(b)! - scoreOf.get(a)!);
      if (held.length > 0) order = order.withFirst([...held, ...top.filter((i) => !scoreOf.has(i))]);
    }
    const pinAt = options.pin === undefined ? -1 : sortedIndexOf(found.numbers, options.pin, (n) => n);
    const pinned = pinAt >= 0 && order.has(pinAt);
    if (pinned && order.slice(0, 1)[0] !== pinAt) order = order.withFirst([pinAt]);

    const inResults = order.length === found.numbers.length ? found.numbers : order.all().map((i) => found.numbers[i]!);
    const counts = options.counts ? await this.countFilters(inResults) : {};
    const highlight = `?${this.highlightParam}=${encodeURIComponent(query.replace(/"/g, ' ').trim().replace(/\s+/g, ' '))}`;
    const shown: ShownAs = { index: this, matcher: matcherOf(terms), highlight: plan.groups.length > 0 ? highlight : '' };
    const page = (from: number, to: number) => order.slice(from, to).map((i) => new Hit(found.numbers[i]!, found.scores[i]!, shown));
    return {
      total: order.length,
      page,
      get hits() {
        return page(0, order.length);
      },
      counts,
      truncated,
      pinned,
    };
  }

  /** Per filter value, how many of `numbers` hold it. */
  private async countFilters(numbers: ArrayLike<number> & Iterable<number>): Promise<FilterCounts> {
    const inResults = new Set(numbers);
    const counts: FilterCounts = {};
    for (const key of Object.keys(this.meta.filters)) {
      const values: Record<string, number> = {};
      for (const [value, holders] of await this.filter(key)) {
        let count = 0;
        for (const n of holders) if (inResults.has(n)) count++;
        values[value] = count;
      }
      counts[key] = values;
    }
    return counts;
  }

  /** What result `n` shows, its words marked by `matcher` and its links carrying `highlight` (for {@link SearchHit.data}). */
  async resultData(n: number, matcher: (word: string) => boolean, highlight: string): Promise<ResultData> {
    const doc = await this.doc(n);
    if (!doc) throw new Error(`search index: article ${n} has no data file`);
    const url = `${this.base}${doc.url.replace(/^\//, '')}`;
    const { excerpt, sections } = articleExcerpts(doc, matcher);
    return {
      url: `${url}${highlight}`,
      id: doc.id,
      title: doc.title,
      date: doc.date,
      excerpt,
      sections: sections.map((section) => ({ title: section.title, url: `${url}${highlight}#${section.anchor}`, excerpt: section.excerpt })),
    };
  }
}
