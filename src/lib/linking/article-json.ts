/** The machine-readable JSON of an article (`/kb/NNN/QID/article.json`); shape in docs/schemas/article.schema.json. */
import type { ArchiveIndex } from '../site/archive-model.ts';
import type { ArticleData } from '../page-format/schema.ts';
import { canonicalId } from '../site/backlinks.ts';
import { articleLink } from './article-link.ts';

/** Version of the JSON's shape; raised when a field changes meaning or goes away. */
export const ARTICLE_JSON_VERSION = 1;

/** A section of the article with the absolute URL of its anchor. */
export interface SectionJson {
  level: number;
  title: string;
  anchor: string;
  url: string;
}

/** A cited article; `title` is null when it is not in the archive. */
export interface ReferenceJson {
  id: string;
  title: string | null;
  url: string;
  inArchive: boolean;
}

/** An article citing this one. */
export interface CitingJson {
  id: string;
  title: string;
  url: string;
}

/** The whole document. */
export interface ArticleJson {
  schemaVersion: number;
  id: string;
  number: number;
  title: string;
  url: string;
  oembed: string;
  summary: string;
  lastModified: string | null;
  products: string[];
  versions: string[];
  operatingSystems: string[];
  keywords: string[];
  appliesTo: string[];
  technology: string[];
  issueType: string | null;
  solutionType: string | null;
  sections: SectionJson[];
  references: ReferenceJson[];
  referencedBy: CitingJson[];
}

/** Builds the JSON of an article from its front matter and the archive index (no body, no collection scan). */
export function articleJson(data: ArticleData, index: Pick<ArchiveIndex, 'cards' | 'citedBy'>, root: URL): ArticleJson {
  const link = articleLink(data, root);
  const references = [...new Set(data.references.flatMap((ref) => canonicalId(ref) ?? []))]
    .filter((id) => id !== data.id)
    .map((id): ReferenceJson => {
      const card = index.cards.get(id);
      return { id, title: card?.title ?? null, url: articleLink({ id, title: '' }, root).url, inArchive: card !== undefined };
    });
  const referencedBy = (index.citedBy.get(data.id) ?? []).flatMap((id): CitingJson[] => {
    const card = index.cards.get(id);
    return card ? [{ id, title: card.title, url: articleLink(card, root).url }] : [];
  });
  return {
    schemaVersion: ARTICLE_JSON_VERSION,
    id: data.id,
    number: data.number,
    title: data.title,
    url: link.url,
    oembed: link.oembed,
    summary: data.summary,
    lastModified: data.lastModified,
    products: data.products,
    versions: data.versions,
    operatingSystems: data.operatingSystems,
    keywords: data.keywords,
    appliesTo: data.appliesTo,
    technology: data.technology,
    issueType: data.issueType,
    solutionType: data.solutionType,
    sections: data.sections.map((s) => ({ level: s.level, title: s.title, anchor: s.anchor, url: `${link.url}#${s.anchor}` })),
    references,
    referencedBy,
  };
}
