import type { ArticleData } from '../page-format/schema.ts';
import { canonicalId, computeCitedBy } from './backlinks.ts';
import { groupBy, type Group } from './groups.ts';
import { byNumber, byRecency } from './ordering.ts';

/** What lists and links need to know about an article (no body). */
export interface ArticleCard {
  id: string;
  number: number;
  title: string;
  lastModified: string | null;
  products: string[];
  keywords: string[];
}

/** The article before and after one in its first product's list. */
export interface Neighbours {
  /** The product list the article is browsed in. */
  product: Group;
  previous: ArticleCard | undefined;
  next: ArticleCard | undefined;
}

/** Everything that spans articles, computed once per build from all front matter. */
export interface ArchiveIndex {
  /** Every article, by id. */
  cards: Map<string, ArticleCard>;
  /** All cards, newest first. */
  recent: ArticleCard[];
  /** Cited id → ids of the articles citing it (present or not). */
  citedBy: Map<string, string[]>;
  /** Ids cited somewhere but not in the archive, ascending. */
  absent: string[];
  /** Number of citations of another article (distinct per citing article). */
  citationCount: number;
  products: Group[];
  keywords: Group[];
  years: Group[];
  /** Product name → its group (for links from the metadata card). */
  productByName: Map<string, Group>;
  /** Lower-cased keyword → its group. */
  keywordByName: Map<string, Group>;
  /** Id → previous/next within its first product. */
  neighbours: Map<string, Neighbours>;
}

/** Builds the archive index from every article's front matter; linear in the number of articles. */
export function buildArchiveIndex(articles: readonly ArticleData[]): ArchiveIndex {
  const cards = new Map<string, ArticleCard>();
  for (const a of articles) {
    cards.set(a.id, {
      id: a.id,
      number: a.number,
      title: a.title,
      lastModified: a.lastModified,
      products: a.products,
      keywords: a.keywords,
    });
  }
  const all = [...cards.values()];
  const citedBy = computeCitedBy(articles);
  const absent = [...citedBy.keys()].filter((id) => !cards.has(id));
  absent.sort((a, b) => byNumber(cardLike(a), cardLike(b)));
  let citationCount = 0;
  for (const list of citedBy.values()) citationCount += list.length;

  const products = groupBy(all, (a) => a.products);
  const keywords = groupBy(all, (a) => a.keywords, { foldCase: true });
  const years = groupBy(all, (a) => (a.lastModified ? [a.lastModified.slice(0, 4)] : [])).reverse();
  const productByName = new Map(products.map((g) => [g.name, g]));
  const keywordByName = new Map(keywords.map((g) => [g.name.toLowerCase(), g]));

  const neighbours = new Map<string, Neighbours>();
  for (const product of products) {
    product.ids.forEach((id, i) => {
      const card = cards.get(id)!;
      if (card.products[0]?.trim() !== product.name) return;
      neighbours.set(id, { product, previous: cards.get(product.ids[i - 1]!), next: cards.get(product.ids[i + 1]!) });
    });
  }
  return {
    cards,
    recent: all.sort(byRecency),
    citedBy,
    absent,
    citationCount,
    products,
    keywords,
    years,
    productByName,
    keywordByName,
    neighbours,
  };
}

/** Ordering stand-in for an id that has no card. */
function cardLike(id: string): { number: number } {
  return { number: Number(canonicalId(id)?.slice(1) ?? 0) };
}
