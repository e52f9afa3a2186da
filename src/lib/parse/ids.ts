/**
 * The article-id grammar, the one place that says what an id is: `q266130`, `Q0266130`, `KB266130`
 * → `Q266130` (a number from 1 to 999,999; leading zeros allowed as written), and each form the id
 * takes in its contexts: an article's own text and lines, old URLs, wiki prose, search queries and the
 * canonical form the site uses. Every module that finds or checks an id uses these.
 */

/** A canonical article id and its number. */
export interface ArticleId {
  id: string;
  number: number;
}

/** The id grammar: an optional `Q` or `KB` prefix (any case), leading zeros, up to seven digits. */
const idPattern = /^\s*(kb|q)?0*(\d{1,7})\s*$/i;

/** The canonical id, as pages, URLs and front matter write it: `Q` and the number, no leading zero. */
export const canonicalIdPattern = /^Q[1-9]\d{0,5}$/;

/**
 * An id as an article's own lines write it (a regular-expression source for the line grammars of the
 * header, citations and reference lists): `Q` or `q`, leading zeros, then `min` to `max` digits. The
 * lines' readers check what they capture with {@link normalizeArticleId}.
 */
export function writtenIdSource(min = 1, max = 7): string {
  return `[Qq]0*\\d{${min},${max}}`;
}

/**
 * An id mentioned in an article's text (the inline pass): `Q` or `q` and 4 to 7 digits (leading zeros
 * allowed); the pass checks the word boundaries itself, in one linear scan. Fewer than 4 digits
 * (`Q1 sales`) is no mention; `KB266130` is not one either, the archive never writes it so.
 */
export const idMentionPattern = /[Qq](\d{4,7})/g;

/** The id of a match of `idPattern`, or null when it needs a prefix and has none, or the number is out of range. */
function idOfMatch(match: RegExpExecArray | null, prefixOptional: boolean): ArticleId | null {
  if (!match || match[2] === undefined || (!prefixOptional && !match[1])) return null;
  const number = Number(match[2]);
  if (!Number.isSafeInteger(number) || number <= 0 || number > 999_999) return null;
  return { id: `Q${number}`, number };
}

/** Normalise an article id as written (`q266130`, `Q0266130`) to `{ id: 'Q266130', number: 266130 }`; null when it is not one. */
export function normalizeArticleId(text: string): ArticleId | null {
  return idOfMatch(idPattern.exec(text), false);
}

/**
 * An id where its place already says "article", so the prefix is optional: a path segment or
 * parameter of an old URL (`/kb/311457`, `?kbid=Q311457`, `scid=kb;en-us;q311457`). Null when it is not one.
 */
export function articleIdInUrl(token: string): ArticleId | null {
  return idOfMatch(idPattern.exec(token), true);
}

/** An id written in running text, at `[start, end)` of it. */
export interface IdInText extends ArticleId {
  start: number;
  end: number;
}

/**
 * Ids written in prose: `Q311457`, `q311457`, `KB311457`, `kb311457` and `KB 311457` (4 to 7 digits with
 * leading zeros, the space form only with a capital `KB` and 5 or more digits so "KB 2000" is no id),
 * not touching a letter, digit or `_` on either side. The digits go through the id grammar above.
 */
const proseIdPattern = /(?<![\p{L}\p{N}_])(?:(?:[Kk][Bb]|[Qq])(\d{4,7})|KB (\d{5,7}))(?![\p{L}\p{N}_])/gu;

/** Every id written in prose in `text`, in order. */
export function findArticleIds(text: string): IdInText[] {
  const found: IdInText[] = [];
  for (const match of text.matchAll(proseIdPattern)) {
    const id = articleIdInUrl(match[1] ?? match[2] ?? '');
    if (id) found.push({ ...id, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Whether `text` is a canonical id (`Q311457`, not `q311457`, `Q0311457` or `Q0`). */
export function isCanonicalId(text: string): boolean {
  return canonicalIdPattern.test(text);
}

/**
 * The canonical id when a whole search query is one article id in a usual form: `Q266130`, `q266130`,
 * `KB266130`, `KB 266130`, `KB: 266130`, `Q#266130`, or a bare number of 5 or more digits not counting
 * leading zeros (`266130`; shorter bare numbers are more likely versions or years: `95`, `2000`).
 */
export function idInQuery(query: string): ArticleId | null {
  const match = /^\s*(?:(kb|q)\s*[:#]?\s*)?(\d{1,7})\s*$/i.exec(query);
  if (!match) return null;
  if (!match[1] && match[2]!.replace(/^0+/, '').length < 5) return null;
  return articleIdInUrl(match[2]!);
}
