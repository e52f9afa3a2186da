import { byRecency, type Orderable } from './ordering.ts';
import { assignSlugs } from './slugs.ts';

/** A browse index: the articles sharing a product, a keyword or a year. */
export interface Group {
  /** Name as shown (`Microsoft Systems Management Server`, `kbsms200`, `2002`). */
  name: string;
  /** URL segment, unique within its kind. */
  slug: string;
  /** Ids of its articles, newest first. */
  ids: string[];
}

/** An article as grouping sees it. */
export interface Groupable extends Orderable {
  id: string;
}

/**
 * Groups articles under the names `namesOf` gives each (case-insensitively when `foldCase`,
 * showing the first spelling met), each group's ids ordered by recency; groups sorted by name.
 */
export function groupBy<T extends Groupable>(
  articles: readonly T[],
  namesOf: (article: T) => readonly string[],
  { foldCase = false }: { foldCase?: boolean } = {},
): Group[] {
  const byKey = new Map<string, { name: string; members: T[] }>();
  for (const article of articles) {
    for (const raw of new Set(namesOf(article))) {
      const name = raw.trim();
      if (!name) continue;
      const key = foldCase ? name.toLowerCase() : name;
      const group = byKey.get(key);
      if (group) {
        if (group.members.at(-1) !== article) group.members.push(article);
      } else byKey.set(key, { name, members: [article] });
    }
  }
  const slugs = assignSlugs(byKey.keys());
  return [...byKey]
    .map(([key, { name, members }]) => ({ name, slug: slugs.get(key)!, ids: members.sort(byRecency).map((a) => a.id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }));
}
