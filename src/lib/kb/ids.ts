/** Article ids: `q266130`, `Q0266130`, `KB266130` → `Q266130`. */

/** A canonical article id and its number. */
export interface ArticleId {
  id: string;
  number: number;
}

const idPattern = /^\s*(?:kb|q)0*(\d{1,7})\s*$/i;

/** Normalise an article id as written (`q266130`, `Q0266130`) to `{ id: 'Q266130', number: 266130 }`; null when it is not one. */
export function normalizeArticleId(text: string): ArticleId | null {
  const match = idPattern.exec(text);
  if (!match || match[1] === undefined) return null;
  const number = Number(match[1]);
  if (!Number.isSafeInteger(number) || number <= 0 || number > 999_999) return null;
  return { id: `Q${number}`, number };
}
