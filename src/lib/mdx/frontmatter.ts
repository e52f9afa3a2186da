/** The front matter of an article page: every field of the model's metadata plus what the site derives. */
import type { Article, SectionNode, SourceForm } from '../kb/model.ts';
import { sectionsInOrder } from '../kb/walk.ts';
import { showControlsIn } from './controls.ts';
import { keywordsOf } from './keywords.ts';
import { referencesOf } from './references.ts';
import { collapseWhitespace, firstParagraphText, truncate } from './text.ts';

/** One table-of-contents entry. */
export interface SectionEntry {
  /** 2 for a `====` section, 3 for a `----` subsection. */
  level: 2 | 3;
  /** Heading text as written (also the page heading's exact text). */
  title: string;
  /** Id of the heading on the page (github-slugger, as Astro computes it): `more-information`. */
  anchor: string;
}

/** One `Label : value` line of the trailer. */
export interface TrailerField {
  /** The label without its colon (`Keywords`, `Hardware`). */
  label: string;
  /** The value as written. */
  value: string;
}

/**
 * Front matter of an emitted page, in the order it is written.
 * This is the one place documenting each field; `src/lib/site/article-schema.ts` validates it.
 */
export interface ArticleFrontmatter {
  /** Article id, `Q311457`. */
  id: string;
  /** Numeric part of the id, `311457`. */
  number: number;
  /** Title with the archive converter's HTML entities decoded. */
  title: string;
  /** `Product(s):` header field. */
  products: string[];
  /** `Version(s):` header field, split on commas. */
  versions: string[];
  /** `Operating System(s):` header field. */
  operatingSystems: string[];
  /** `Keyword(s):` header field, completed from the trailer's `Keywords :` when the archive truncated it. */
  keywords: string[];
  /** Last modification as an ISO date `YYYY-MM-DD` (always a quoted string), or null. */
  lastModified: string | null;
  /** Lines of the "The information in this article applies to:" block. */
  appliesTo: string[];
  /** Trailer `Technology :` words. */
  technology: string[];
  /** Trailer `Issue type :` (`kbinfo`, `kbbug`, …), or null. */
  issueType: string | null;
  /** Trailer `Solution Type :`, or null. */
  solutionType: string | null;
  /** Words of the `Additional query words:` line. */
  additionalQueryWords: string[];
  /** Product code of the `.TXT` form's `DOCUMENT:` line (`sms`); null for the Jekyll form. */
  productCode: string | null;
  /** The trailer's `Label : value` lines as written, in order (empty when there is no trailer). */
  trailerFields: TrailerField[];
  /** Text after the trailer (the `.TXT` form's disclaimer), or null. */
  disclaimer: string | null;
  /** Source form the page was imported from: `jekyll` or `txt`. */
  form: SourceForm;
  /** Distinct ids this article cites (inline and in reference lists), in order of first mention, never its own. */
  references: string[];
  /** Table of contents: every heading in page order, subsections after their section. */
  sections: SectionEntry[];
  /** Plain text for meta descriptions (≤ 200 chars): SUMMARY's first paragraph, else the first paragraph, else the title. */
  summary: string;
}

/** The front matter object of `article` (plain JSON data, deterministic key order; control characters shown as pictures: controls.ts). */
export function frontmatterOf(article: Article): ArticleFrontmatter {
  return showControlsIn({
    id: article.id,
    number: article.number,
    title: article.title,
    products: [...article.products],
    versions: [...article.versions],
    operatingSystems: [...article.operatingSystems],
    keywords: keywordsOf(article),
    lastModified: article.lastModified,
    appliesTo: [...article.appliesTo],
    technology: [...article.technology],
    issueType: article.issueType,
    solutionType: article.solutionType,
    additionalQueryWords: [...article.additionalQueryWords],
    productCode: article.productCode,
    trailerFields: (article.trailerFields ?? []).map(({ label, value }) => ({ label, value })),
    disclaimer: article.disclaimer,
    form: article.form,
    references: referencesOf(article),
    sections: tableOfContents(article.sections),
    summary: summaryOf(article),
  });
}

/** The flat table of contents of `sections`, in page order. */
export function tableOfContents(sections: readonly SectionNode[]): SectionEntry[] {
  return sectionsInOrder(sections).map(({ level, title, anchor }) => ({ level, title, anchor }));
}

/** Plain-text summary of `article` for meta descriptions (see `ArticleFrontmatter.summary`). */
export function summaryOf(article: Article): string {
  const summary = article.sections.find((section) => section.title.trim().toUpperCase() === 'SUMMARY');
  const text =
    (summary && firstParagraphText(summary.children)) ??
    firstParagraphText(article.preamble) ??
    firstInSections(article.sections) ??
    collapseWhitespace(article.title);
  return truncate(text);
}

/** The first paragraph text anywhere in `sections`, depth-first. */
function firstInSections(sections: readonly SectionNode[]): string | null {
  for (const section of sectionsInOrder(sections)) {
    const text = firstParagraphText(section.children);
    if (text !== null) return text;
  }
  return null;
}
