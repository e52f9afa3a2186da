/** The search filters: one list, so the article markup, the URL and the search page agree on names. */
import type { ArticleData } from '../page-format/schema.ts';

/** A filter: index key (also the URL parameter) and its label on the search page. */
export interface FilterSpec {
  /** Filter key in the index (`data-search-filter`) and URL parameter name (`product`). */
  key: string;
  /** Visible label (`Product`). */
  label: string;
}

/** Every filter, in the order the search page shows them. */
export const filterSpecs: readonly FilterSpec[] = [
  { key: 'product', label: 'Product' },
  { key: 'version', label: 'Version' },
  { key: 'os', label: 'Operating system' },
  { key: 'keyword', label: 'Keyword' },
  { key: 'type', label: 'Issue type' },
  { key: 'year', label: 'Year' },
];

/** Filter values of an article as `[key, value]` pairs (trimmed, empty and duplicate values dropped). */
export function searchFilters(data: ArticleData): Array<[string, string]> {
  const raw: Array<[string, readonly string[]]> = [
    ['product', data.products],
    ['version', data.versions],
    ['os', data.operatingSystems],
    ['keyword', data.keywords],
    ['type', data.issueType ? [data.issueType] : []],
    ['year', data.lastModified ? [data.lastModified.slice(0, 4)] : []],
  ];
  const seen = new Set<string>();
  const pairs: Array<[string, string]> = [];
  for (const [key, values] of raw) {
    for (const value of values.map((v) => v.trim()).filter(Boolean)) {
      if (seen.has(`${key}\u0000${value}`)) continue;
      seen.add(`${key}\u0000${value}`);
      pairs.push([key, value]);
    }
  }
  return pairs;
}

/**
 * The filter pairs (`key\u0000value`) the metadata card carries on its own elements (MetaCard.astro), so
 * the hidden block (SearchMeta.astro) does not repeat them on every page: the values the card shows
 * exactly as the filter's, each in an element of its own — a product, a keyword (each a list item), the
 * issue type, the year. Versions and systems are joined on the card, and a value with spaces around it
 * differs from its filter value: those stay in the hidden block.
 */
export function cardFilters(data: ArticleData): Set<string> {
  const exact = (values: readonly string[]) => values.filter((v) => v !== '' && v === v.trim());
  const pairs: Array<[string, readonly string[]]> = [
    ['product', exact(data.products)],
    ['keyword', exact(data.keywords)],
    ['type', exact(data.issueType ? [data.issueType] : [])],
    ['year', data.lastModified ? [data.lastModified.slice(0, 4)] : []],
  ];
  return new Set(pairs.flatMap(([key, values]) => values.map((value) => `${key}\u0000${value}`)));
}
