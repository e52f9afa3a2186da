/** Article ids: `q266130`, `Q0266130`, `KB266130` → `Q266130`; also as old URLs and wiki prose write them. */

/** A canonical article id and its number. */
export interface ArticleId {
  id: string;
  number: number;
}

/** The id grammar: an optional `Q` or `KB` prefix (any case), leading zeros, up to seven digits. */
const idPattern = /^\s*(kb|q)?0*(\d{1,7})\s*$/i;

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
