/**
 * What the search index knows about one article page, read from the built HTML (the same markers
 * Pagefind read, renamed: `data-search-body`, `-meta`, `-filter`, `-ignore`). Plain data, so the indexer,
 * the browser and the tests share it.
 */

/** A stretch of the article body: the text before the first heading with an id, or a heading with an id and the text up to the next one. */
export interface SearchSection {
  /** The heading's `id` (`more-information`); '' for the text before the first heading with an id. */
  anchor: string;
  /** The heading's text ('' for the opening stretch). */
  heading: string;
  /** The stretch's text (the heading's own text excluded), whitespace collapsed to single spaces. */
  text: string;
}

/** One article as indexed. */
export interface SearchRecord {
  /** Article number (`311457` for Q311457): the document's key in the index. */
  n: number;
  /** Article id as shown (`Q311457`). */
  id: string;
  /** Page URL from the site root, without the base path (`/kb/311/Q311457/`). */
  url: string;
  /** Title (`data-search-meta="title"`). */
  title: string;
  /** Last-modified date `YYYY-MM-DD`, or '' when unknown. */
  date: string;
  /** Filter values `[key, value]` in page order (`['product', 'Microsoft Systems Management Server']`). */
  filters: Array<[string, string]>;
  /** The id in every indexed spelling (`Q311457 311457 KB311457`). */
  ids: string;
  /** The body, cut at headings with ids, in page order. The `<h1>` title is the opening stretch's first text. */
  sections: SearchSection[];
}
