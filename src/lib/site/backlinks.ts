import { articleIdInUrl } from '../parse/ids.ts';
import { byNumber } from './ordering.ts';

/** The fields backlinks need from an article. */
export interface Citing {
  id: string;
  number: number;
  references: readonly string[];
}

/**
 * Inverts every article's `references` in one pass: cited id → ids of the articles citing it,
 * in ascending number. Ids are normalised (`Q0266130` → `Q266130`); self-citations are ignored.
 */
export function computeCitedBy(articles: Iterable<Citing>): Map<string, string[]> {
  const citers = new Map<string, Citing[]>();
  for (const article of articles) {
    for (const ref of new Set(article.references.map(canonicalId))) {
      if (ref === null || ref === article.id) continue;
      const list = citers.get(ref);
      if (list) list.push(article);
      else citers.set(ref, [article]);
    }
  }
  const citedBy = new Map<string, string[]>();
  for (const [id, list] of citers) citedBy.set(id, list.sort(byNumber).map((a) => a.id));
  return citedBy;
}

/** `Q266130` for any spelling of an id, or null when it is not one. */
export function canonicalId(id: string): string | null {
  return articleIdInUrl(id)?.id ?? null;
}
