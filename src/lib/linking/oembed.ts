/**
 * The one JSON document of an article (`/kb/NNN/QID/oembed.json`; shape in docs/schemas/oembed.schema.json):
 * an oEmbed 1.0 `link` response (https://oembed.com), found through the page's discovery link, whose extra
 * fields carry the parsed article for wiki tools — metadata, sections, references, referenced-by.
 * One file per article, not two: on the whole archive a second file was 59,835 files and its fields
 * repeated the oEmbed ones (docs/linking.md#the-article-document). Nothing here repeats another field
 * or what a consumer derives at once: the plain title is `title` without its `Q311457: ` prefix, a
 * section's URL is `url` + `#` + its anchor.
 */
import type { ArticleData } from '../page-format/schema.ts';
import type { ArchiveIndex } from '../site/archive-model.ts';
import { canonicalId } from '../site/backlinks.ts';
import { articleLink } from './article-link.ts';
import { CARD } from './card.ts';
import { absolute, SITE_NAME } from './site-root.ts';

/** Version of the article fields' shape; raised when a field changes meaning or goes away (2: merged into oembed.json). */
export const ARTICLE_SCHEMA_VERSION = 2;

/** A section of the article: its URL is the article's `url` + `#` + `anchor`. */
export interface SectionJson {
  level: number;
  title: string;
  anchor: string;
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

/** oEmbed 1.0 `link` response (plus `url` and `description`, which wiki macros read), then the article. */
export interface OEmbed {
  version: '1.0';
  type: 'link';
  /** `Q311457: SMS: How to Obtain and Install SMS 2.0 SP4`. */
  title: string;
  url: string;
  /** The summary, or the title when the article has none. */
  description: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  schemaVersion: number;
  id: string;
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

/** The document of an article under the site root, from its front matter and the archive index (no body, no collection scan). */
export function oembed(data: ArticleData, index: Pick<ArchiveIndex, 'cards' | 'citedBy'>, root: URL): OEmbed {
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
    version: '1.0',
    type: 'link',
    title: link.label,
    url: link.url,
    description: data.summary || data.title,
    provider_name: SITE_NAME,
    provider_url: root.href,
    author_name: 'Microsoft',
    author_url: 'https://support.microsoft.com/',
    thumbnail_url: absolute(root, CARD.path),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: data.id,
    lastModified: data.lastModified,
    products: data.products,
    versions: data.versions,
    operatingSystems: data.operatingSystems,
    keywords: data.keywords,
    appliesTo: data.appliesTo,
    technology: data.technology,
    issueType: data.issueType,
    solutionType: data.solutionType,
    sections: data.sections.map((s) => ({ level: s.level, title: s.title, anchor: s.anchor })),
    references,
    referencedBy,
  };
}

/**
 * The bytes of `/kb/NNN/QID/oembed.json`: the one serialisation both writers use — the route of the
 * ordinary `astro build` and the archive build, which writes these files itself
 * (src/lib/archive-build/article-documents.ts) — so both sites hold the same file.
 */
export function oembedDocument(data: ArticleData, index: Pick<ArchiveIndex, 'cards' | 'citedBy'>, root: URL): string {
  return JSON.stringify(oembed(data, index, root));
}

/** The plain title in a document's `title` (`Q311457: SMS: …` → `SMS: …`), for tools that show it beside the id. */
export function plainTitle(document: { id: string; title: string }): string {
  const prefix = `${document.id}: `;
  return document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
}
